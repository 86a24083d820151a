package org.parley.agreement;

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
import org.parley.common.graphql.Node;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.DomainEntity;
import org.parley.conflict.Conflict;
import org.parley.source.Cited;
import org.parley.talks.Round;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("What negotiations produced: a document or a set of agreed terms, with the stages it went through, the "
        + "parties behind it in their capacities, its provisions and whether each was carried out.")
public class Agreement extends DomainEntity implements Node, Cited {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Conflict conflict;

    @NotBlank
    @NonNull
    @Description("Its name as the sources give it, e.g. `Black Sea Grain Initiative`.")
    public String name;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of agreement it is.")
    public AgreementKind kind;

    @Description("What it provides, in a few sentences.")
    public String summary;

    @Ignore
    @ManyToMany
    @JoinTable(name = "agreement_round", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "round_id"))
    public List<Round> rounds = new ArrayList<>();

    public static List<Agreement> byIds(Collection<Long> ids) {
        return list("id in :ids", Parameters.with("ids", ids));
    }

    /** Pairs of (round id, agreement) for the agreements the given rounds produced, in {@code order}. */
    public static List<Object[]> producedBy(Collection<Long> roundIds, SortKey<Agreement> order) {
        return getEntityManager().createQuery(
                "select r.id, a from Agreement a join a.rounds r where r.id in :ids order by " + order.orderBy("a"),
                Object[].class).setParameter("ids", roundIds).getResultList();
    }

    /** Pairs of (agreement id, round) for the rounds that produced the given agreements, in {@code order}. */
    public static List<Object[]> roundsOf(Collection<Long> agreementIds, SortKey<Round> order) {
        return getEntityManager().createQuery(
                "select a.id, r from Agreement a join a.rounds r where a.id in :ids order by " + order.orderBy("r"),
                Object[].class).setParameter("ids", agreementIds).getResultList();
    }

    /** Pairs of (party id, agreement) for the agreements the given parties stand behind in any capacity, in {@code order}. */
    public static List<Object[]> ofParties(Collection<Long> partyIds, SortKey<Agreement> order) {
        return getEntityManager().createQuery(
                "select p.party.id, a from Agreement a join AgreementParty p on p.agreement = a where p.party.id in :ids "
                        + "and p.id = (select min(q.id) from AgreementParty q where q.agreement = a and q.party = p.party) "
                        + "order by " + order.orderBy("a"), Object[].class).setParameter("ids", partyIds).getResultList();
    }
}
