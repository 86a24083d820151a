package org.parley.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.aggregate.Dimensions;
import org.parley.common.graphql.Node;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.common.value.Topic;
import org.parley.party.Party;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("One commitment of an agreement: what it obliges which parties to do, by when; its ledger says whether "
        + "it was carried out.")
public class Provision extends DomainEntity implements Node, Cited {

    /** Overdue as of :asOf, in a root-list filter: {@link Rules#overdue}'s rule, for the database to apply. */
    static final String OVERDUE = "dueEnd < :asOf and id not in (select r.provision.id from ImplementationRecord r "
            + "where r.status = org.parley.agreement.ImplementationStatus.IMPLEMENTED and r.reportedOn <= :asOf)";

    /**
     * Where the provision (the row {@link Dimensions#ROW}) stood at the end of the day {@link Dimensions#AS_OF}, in
     * HQL: the status of its last ledger line dated by then ({@link ImplementationRecord#statusOn}), null when none.
     */
    static final String STATUS_AS_OF = "(select r.status from ImplementationRecord r where r.provision.id = " + Dimensions.ROW
            + ".id and r.reportedOn <= :" + Dimensions.AS_OF + " and not exists (select l.id from ImplementationRecord l "
            + "where l.provision.id = " + Dimensions.ROW + ".id and l.reportedOn <= :" + Dimensions.AS_OF
            + " and (l.reportedOn > r.reportedOn or (l.reportedOn = r.reportedOn and l.id > r.id))))";

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    @NotBlank
    @NonNull
    @Description("Its number or label within the agreement, e.g. `1`, `3(b)`; unique within it.")
    public String number;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What it is about.")
    public Topic topic;

    @NotBlank
    @NonNull
    @Description("What it provides, quoted or closely paraphrased from the sources.")
    public String text;

    @Ignore
    public LocalDate dueOn;

    /** The last day of the deadline's period, for "overdue" comparisons. */
    @Ignore
    public LocalDate dueEnd;

    @Enumerated(EnumType.STRING)
    @Description("Precision of `deadline`; null when `deadline` is null.")
    public DatePrecision deadlinePrecision;

    @Ignore
    @ManyToMany
    @JoinTable(name = "provision_party", joinColumns = @JoinColumn(name = "provision_id"),
            inverseJoinColumns = @JoinColumn(name = "party_id"))
    public List<Party> obligated = new ArrayList<>();

    @Description("By when it was to be carried out; null when it sets no deadline.")
    public PartialDate getDeadline() {
        return PartialDate.of(dueOn, deadlinePrecision);
    }

    public void setDeadline(PartialDate date) {
        dueOn = date == null ? null : date.start();
        dueEnd = date == null ? null : date.end();
        deadlinePrecision = date == null ? null : date.precision();
    }

    public static List<Provision> byIds(Collection<Long> ids) {
        return list("id in :ids", Parameters.with("ids", ids));
    }

    /** Pairs of (provision id, party) for the parties the given provisions oblige. */
    public static List<Object[]> obligatedOf(Collection<Long> provisionIds) {
        return getEntityManager().createQuery(
                "select p.id, o from Provision p join p.obligated o where p.id in :ids order by o.name",
                Object[].class).setParameter("ids", provisionIds).getResultList();
    }

    /** A party's commitments in their own order: grouped by agreement, then as recorded; `orderBy` takes ProvisionOrder. */
    static final SortKey<Provision> BY_AGREEMENT = SortKey.<Provision>by("agreement", p -> p.agreement.id, Long.class).thenId(p -> p.id)
            .orderedBy(ProvisionOrder.class);

    /** Pairs of (party id, provision) for the provisions that oblige the given parties, in {@code order}. */
    public static List<Object[]> owedBy(Collection<Long> partyIds, SortKey<Provision> order) {
        return getEntityManager().createQuery(
                "select o.id, p from Provision p join p.obligated o where o.id in :ids order by " + order.orderBy("p"),
                Object[].class).setParameter("ids", partyIds).getResultList();
    }
}
