package org.parley.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
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
@Description("A line of a provision's ledger: whether, as a report of a given date says, it was carried out, in part, "
        + "not at all, or broken (and who alleges the breach). Dated and cited.")
public class ImplementationRecord extends DomainEntity implements Node, Cited, TimelineItem {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Provision provision;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How far it was carried out.")
    public ImplementationStatus status;

    @NotNull
    @Ignore
    public LocalDate reportedOn;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Precision of `date`.")
    public DatePrecision reportedOnPrecision;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party allegedBy;

    @NotBlank
    @NonNull
    @Description("What was done or not, as the sources report it.")
    public String description;

    @NonNull
    @Description("When it was done, or when the report of it is dated when it gives no other date; to `reportedOnPrecision`.")
    public PartialDate getDate() {
        return PartialDate.of(reportedOn, reportedOnPrecision);
    }

    public void setDate(PartialDate date) {
        reportedOn = date.start();
        reportedOnPrecision = date.precision();
    }

    /** The provisions' ledgers in {@code order}: all of them when {@code asOf} is null, else the lines dated by then. */
    public static List<ImplementationRecord> ofProvisions(Collection<Long> provisionIds, LocalDate asOf, SortKey<ImplementationRecord> order) {
        List<ImplementationRecord> all = list("provision.id in :ids order by " + order.orderBy(false), Parameters.with("ids", provisionIds));
        return asOf == null ? all : all.stream().filter(r -> !r.reportedOn.isAfter(asOf)).toList();
    }

    /**
     * Where each provision (by id; null for none) stands at the end of {@code day}: the status of the last line of its
     * ledger dated by then, null when none.
     */
    public static List<ImplementationStatus> statusOn(List<Long> provisionIds, LocalDate day) {
        Map<Long, ImplementationStatus> last = new HashMap<>();
        List<Long> asked = provisionIds.stream().filter(Objects::nonNull).distinct().toList();
        if (!asked.isEmpty()) {
            ofProvisions(asked, day, ImplementationRecordGraphQLApi.ORDER).forEach(r -> last.put(r.provision.id, r.status)); // in date order: the last one stays
        }
        return provisionIds.stream().map(id -> id == null ? null : last.get(id)).toList();
    }

    /** The ledger of a conflict's agreements, provisions and agreements fetched in the same statement. */
    public static List<ImplementationRecord> ofConflict(long conflictId) {
        return list("from ImplementationRecord r join fetch r.provision p join fetch p.agreement a "
                + "where a.conflict.id = :conflictId order by r.reportedOn, r.id", Parameters.with("conflictId", conflictId));
    }
}
