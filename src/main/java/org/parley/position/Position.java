package org.parley.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.DatePrecision;
import org.parley.common.DomainEntity;
import org.parley.common.Node;
import org.parley.common.PartialDate;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.talks.Round;
import org.parley.territory.Territory;

@Entity
@Table(name = "party_position")
@Description("A stance a party took on a topic: a demand, red line, proposal, precondition or rejection, with when and by whom it was stated.")
public class Position extends DomainEntity implements Node {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party party;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The issue the position is about.")
    public Topic topic;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of stance it is.")
    public PositionKind kind;

    @NotBlank
    @NonNull
    @Description("The position in a sentence, as close to the sources as possible.")
    public String text;

    @NotNull
    @Ignore
    @Column(name = "stated_on")
    public LocalDate statedDate;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Precision of `statedOn`.")
    public DatePrecision statedOnPrecision;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Person statedBy;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Round round;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Position supersededBy;

    @Ignore
    @ManyToMany
    @JoinTable(name = "position_territory", joinColumns = @JoinColumn(name = "position_id"),
            inverseJoinColumns = @JoinColumn(name = "territory_id"))
    public List<Territory> territories = new ArrayList<>();

    @NonNull
    @Description("ISO-8601 date the position is first recorded as stated (the earliest citing report when no earlier date is known), to `statedOnPrecision`.")
    public String getStatedOn() {
        return PartialDate.format(statedDate, statedOnPrecision);
    }

    @NonNull
    @Description("True unless a later position of the same party has superseded this one.")
    public boolean isInForce() {
        return supersededBy == null;
    }

    /** Sets when the position was stated, to the precision the source gives. */
    public void setStatedOn(PartialDate date) {
        statedDate = date == null ? null : date.start();
        statedOnPrecision = date == null ? null : date.precision();
    }

    /**
     * The rule of `asOf` as a JPQL condition: the position (path prefix {@code position}, `p.` or empty) was stated
     * by the {@code day} (a parameter or a path) and not superseded by then.
     */
    public static String standingOn(String position, String day) {
        return position + "statedDate <= " + day + " and (" + position + "supersededBy is null or " + position
                + "supersededBy.id in (select s.id from Position s where s.statedDate > " + day + "))";
    }

    /**
     * Pairs of (delegation id, position) for the positions of each delegation's party standing at the end of its
     * round's date, or of {@code asOf} when it is given.
     */
    public static List<Object[]> inForceAtRoundsOf(Collection<Long> delegationIds, PositionKind kind, LocalDate asOf) {
        String day = asOf == null ? "r.endsOn" : ":asOf";
        TypedQuery<Object[]> query = getEntityManager().createQuery("""
                select d.id, p from Delegation d join d.round r
                  join Position p on p.party = d.party and p.statedDate <= DAY
                  left join p.supersededBy s
                where d.id in :ids and (:kind is null or p.kind = :kind) and (s is null or s.statedDate > DAY)
                order by d.id, p.statedDate, p.id""".replace("DAY", day), Object[].class)
                .setParameter("ids", delegationIds).setParameter("kind", kind);
        return asOf == null ? query.getResultList() : query.setParameter("asOf", asOf).getResultList();
    }

    public static List<Position> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    /** The parties' positions: all of them when {@code asOf} is null, else those standing at the end of that day. */
    public static List<Position> ofParties(Collection<Long> partyIds, LocalDate asOf) {
        return standing("select p from Position p where p.party.id in :ids", partyIds, asOf, Position.class);
    }

    /**
     * The parties' positions whose {@code attribute} (`kind`, `topic`) has the value: in force today, or standing at
     * the end of {@code asOf} when it is given.
     */
    public static List<Position> inForceOfParties(Collection<Long> partyIds, String attribute, Object value,
            LocalDate asOf) {
        String select = "select p from Position p where p.party.id in :ids and p." + attribute + " = :value"
                + (asOf == null ? " and p.supersededBy is null" : "");
        return standing(select, partyIds, asOf, Position.class, "value", value);
    }

    private static <T> List<T> standing(String select, Collection<Long> ids, LocalDate asOf, Class<T> type, Object... params) {
        TypedQuery<T> query = getEntityManager().createQuery(
                select + (asOf == null ? "" : " and " + standingOn("p.", ":asOf")) + " order by p.statedDate, p.id", type);
        query.setParameter("ids", ids);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        for (int i = 0; i < params.length; i += 2) {
            query.setParameter((String) params[i], params[i + 1]);
        }
        return query.getResultList();
    }

    public static List<Position> ofRounds(Collection<Long> roundIds) {
        return list("round.id in ?1 order by statedDate, id", roundIds);
    }

    public static List<Position> statedBy(Collection<Long> personIds, LocalDate asOf) {
        return standing("select p from Position p where p.statedBy.id in :ids", personIds, asOf, Position.class);
    }

    public static List<Position> supersededByAnyOf(Collection<Long> positionIds) {
        return list("supersededBy.id in ?1 order by statedDate, id", positionIds);
    }

    /** Pairs of (territory id, position) for positions that concern the given territories. */
    public static List<Object[]> concerning(Collection<Long> territoryIds, LocalDate asOf) {
        return standing("select t.id, p from Position p join p.territories t where t.id in :ids", territoryIds, asOf,
                Object[].class);
    }

    /** Pairs of (position id, territory) for the given positions. */
    public static List<Object[]> territoriesOf(Collection<Long> positionIds) {
        return getEntityManager().createQuery(
                "select p.id, t from Position p join p.territories t where p.id in ?1 order by t.name",
                Object[].class).setParameter(1, positionIds).getResultList();
    }
}
