package org.parley.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.graphql.TimelineItem;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.party.Party;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("A step an agreement took: its text agreed, initialled, signed, ratified, in force, extended, suspended, "
        + "withdrawn from, expired. Dated and cited.")
public class AgreementStage extends DomainEntity implements Node, Cited, TimelineItem {

    /** Stages in the order they happened; on one day, in the order of their kinds. */
    /** The order of an agreement's steps: by date, then stage, then as recorded; its `stages(orderBy:)` takes AgreementStageOrder. */
    static final SortKey<AgreementStage> STEPS = SortKey.<AgreementStage>by("reachedOn", s -> s.reachedOn, LocalDate.class)
            .then("stage", s -> s.stage, StageKind.class).thenId(s -> s.id).orderedBy(AgreementStageOrder.class);

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Which step it was.")
    public StageKind stage;

    @NotNull
    @Ignore
    public LocalDate reachedOn;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Precision of `date`.")
    public DatePrecision reachedOnPrecision;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party party;

    @Description("Where it happened, e.g. `Dolmabahçe Palace, Istanbul`; null when the sources do not say.")
    public String place;

    @Description("What happened, as the sources report it.")
    public String description;

    @NonNull
    @Description("When it happened, to `reachedOnPrecision`.")
    public PartialDate getDate() {
        return PartialDate.of(reachedOn, reachedOnPrecision);
    }

    public void setDate(PartialDate date) {
        reachedOn = date.start();
        reachedOnPrecision = date.precision();
    }

    /** The agreements' stages in {@code order}: all of them when {@code day} is null, else those reached by then. */
    public static List<AgreementStage> ofAgreements(Collection<Long> agreementIds, LocalDate day, SortKey<AgreementStage> order) {
        List<AgreementStage> all = list("agreement.id in :ids order by " + order.orderBy(false), Parameters.with("ids", agreementIds));
        return day == null ? all : all.stream().filter(s -> !s.reachedOn.isAfter(day)).toList();
    }

    /** The stages of a conflict's agreements, their agreements fetched in the same statement. */
    public static List<AgreementStage> ofConflict(long conflictId) {
        return list("from AgreementStage s join fetch s.agreement a where a.conflict.id = :conflictId order by s.reachedOn, s.id",
                Parameters.with("conflictId", conflictId));
    }
}
