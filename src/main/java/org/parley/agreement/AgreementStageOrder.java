package org.parley.agreement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("AgreementStageOrder")
@Description("A term of `agreementStages(orderBy:)`.")
public enum AgreementStageOrder implements SortKey.Ordering<AgreementStage> {
    @Description("By date (its first day when partial), earliest first.")
    DATE_ASC(SortKey.ascending("reachedOn", x -> x.reachedOn, LocalDate.class)),
    @Description("By date (its first day when partial), latest first.")
    DATE_DESC(SortKey.descending("reachedOn", x -> x.reachedOn, LocalDate.class)),
    @Description("By stage, A to Z by the value's name.")
    STAGE_ASC(SortKey.ascending("stage", x -> x.stage, StageKind.class)),
    @Description("By stage, Z to A by the value's name.")
    STAGE_DESC(SortKey.descending("stage", x -> x.stage, StageKind.class));

    private final SortKey.Term<AgreementStage> term;

    AgreementStageOrder(SortKey.Term<AgreementStage> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<AgreementStage> term() {
        return term;
    }
}
