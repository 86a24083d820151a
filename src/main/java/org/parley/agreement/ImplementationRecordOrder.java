package org.parley.agreement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("ImplementationRecordOrder")
@Description("A term of `implementationRecords(orderBy:)`.")
public enum ImplementationRecordOrder implements SortKey.Ordering<ImplementationRecord> {
    @Description("By date reported (its first day when partial), earliest first.")
    DATE_ASC(SortKey.ascending("reportedOn", x -> x.reportedOn, LocalDate.class)),
    @Description("By date reported (its first day when partial), latest first.")
    DATE_DESC(SortKey.descending("reportedOn", x -> x.reportedOn, LocalDate.class)),
    @Description("By status, A to Z by the value's name.")
    STATUS_ASC(SortKey.ascending("status", x -> x.status, ImplementationStatus.class)),
    @Description("By status, Z to A by the value's name.")
    STATUS_DESC(SortKey.descending("status", x -> x.status, ImplementationStatus.class));

    private final SortKey.Term<ImplementationRecord> term;

    ImplementationRecordOrder(SortKey.Term<ImplementationRecord> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<ImplementationRecord> term() {
        return term;
    }
}
