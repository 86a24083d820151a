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
import org.parley.agreement.Agreement;
import org.parley.agreement.Provision;
import org.parley.agreement.StageKind;
import org.parley.common.graphql.Node;
import org.parley.common.graphql.SearchResult;
import org.parley.common.graphql.TimelineItem;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.common.value.Topic;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.source.Cited;
import org.parley.talks.Round;
import org.parley.territory.Territory;

import io.quarkus.panache.common.Parameters;

@Entity
@Table(name = "party_position")
@Description("A stance a party took on a topic: a demand, red line, proposal, precondition or rejection, with when and by whom it was stated.")
public class Position extends DomainEntity implements Node, Cited, SearchResult, TimelineItem {

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

    /** The day {@link #supersededBy} was stated, kept beside it so that "standing on a day" reads this row alone. */
    @Ignore
    @Column(name = "superseded_on")
    public LocalDate supersededDate;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Position respondsTo;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Provision provision;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conditions_agreement_id")
    public Agreement conditionsAgreement;

    @Ignore
    @Enumerated(EnumType.STRING)
    public StageKind conditionsStage;

    @Ignore
    public String conditionsAct;

    @Ignore
    @ManyToMany
    @JoinTable(name = "position_territory", joinColumns = @JoinColumn(name = "position_id"),
            inverseJoinColumns = @JoinColumn(name = "territory_id"))
    public List<Territory> territories = new ArrayList<>();

    @NonNull
    @Description("Date the position is first recorded as stated (the earliest citing report when no earlier date is known), to `statedOnPrecision`.")
    public PartialDate getStatedOn() {
        return PartialDate.of(statedDate, statedOnPrecision);
    }

    @NonNull
    @Description("True unless a later position of the same party has superseded this one.")
    public boolean isInForce() {
        return supersededBy == null;
    }

    /** Marks the position superseded by {@code later}, or in force again when it is null. */
    void supersededBy(Position later) {
        supersededBy = later;
        supersededDate = later == null ? null : later.statedDate;
    }

    /** Sets when the position was stated, to the precision the source gives. */
    public void setStatedOn(PartialDate date) {
        statedDate = date == null ? null : date.start();
        statedOnPrecision = date == null ? null : date.precision();
    }

    /** The rule of `asOf`, in a root-list filter (entity implied): stated by the end of `:asOf` and not superseded by then. */
    public static final String STANDING_ON_AS_OF = "statedDate <= :asOf and (supersededDate is null or supersededDate > :asOf)";

    /** The same rule on a position aliased `p`. */
    private static final String P_STANDING_ON_AS_OF = "p.statedDate <= :asOf and (p.supersededDate is null or p.supersededDate > :asOf)";

    private static final String OF_PARTIES = "select p from Position p where p.party.id in :ids";
    private static final String RED_LINES_OF_PARTIES = "select p from Position p where p.party.id in :ids and p.kind = :kind";
    /**
     * The parties' positions on a topic that concern a conflict: the one their round's talks, their provision's
     * agreement or the agreement they condition belong to, in that order. A party taking part in two conflicts (a
     * mediator) states positions about each; one with none of these links counts for every conflict of its party.
     */
    private static final String ON_TOPIC_IN_CONFLICT = """
            select p from Position p left join p.round r left join r.talks t left join p.provision v left join v.agreement va
              left join p.conditionsAgreement ca
            where p.party.id in :ids and p.topic = :topic
              and coalesce(t.conflict.id, va.conflict.id, ca.conflict.id, :conflict) = :conflict""";
    private static final String STATED_BY = "select p from Position p where p.statedBy.id in :ids";
    private static final String CONCERNING = "select t.id, p from Position p join p.territories t where t.id in :ids";

    /** Each delegation's party's positions standing on a day: {@code DAY} is the round's last day or `:asOf`. */
    private static final String AT_ROUNDS = """
            select d.id, p from Delegation d join d.round r
              join Position p on p.party = d.party and p.statedDate <= DAY
            where d.id in :ids and (:kind is null or p.kind = :kind) and (p.supersededDate is null or p.supersededDate > DAY)""";
    private static final String AT_ROUNDS_OWN_DATE = AT_ROUNDS.replace("DAY", "r.endsOn");
    private static final String AT_ROUNDS_AS_OF = AT_ROUNDS.replace("DAY", ":asOf");

    /**
     * Pairs of (delegation id, position) for the positions of each delegation's party standing at the end of its
     * round's date, or of {@code asOf} when it is given, in {@code order}.
     */
    public static List<Object[]> inForceAtRoundsOf(Collection<Long> delegationIds, PositionKind kind, LocalDate asOf, SortKey<Position> order) {
        TypedQuery<Object[]> query = getEntityManager().createQuery((asOf == null ? AT_ROUNDS_OWN_DATE : AT_ROUNDS_AS_OF) + " order by " + order.orderBy("p"),
                Object[].class).setParameter("ids", delegationIds).setParameter("kind", kind);
        return asOf == null ? query.getResultList() : query.setParameter("asOf", asOf).getResultList();
    }

    public static List<Position> byIds(Collection<Long> ids) {
        return list("id in :ids", Parameters.with("ids", ids));
    }

    /**
     * The parties' positions in {@code order}: all of them when {@code asOf} is null, else those standing at the end of
     * that day.
     */
    public static List<Position> ofParties(Collection<Long> partyIds, LocalDate asOf, SortKey<Position> order) {
        return standing(OF_PARTIES, partyIds, asOf, order, Position.class).getResultList();
    }

    /** The parties' red lines in force today, or standing at the end of {@code asOf} when it is given, in {@code order}. */
    public static List<Position> redLinesOf(Collection<Long> partyIds, LocalDate asOf, SortKey<Position> order) {
        return inForce(RED_LINES_OF_PARTIES, partyIds, asOf, order).setParameter("kind", PositionKind.RED_LINE).getResultList();
    }

    /**
     * The parties' positions on a topic concerning the conflict ({@link #ON_TOPIC_IN_CONFLICT}) in force today, or
     * standing at the end of {@code asOf} when it is given.
     */
    public static List<Position> onTopicInConflict(Collection<Long> partyIds, long conflictId, Topic topic, LocalDate asOf) {
        return inForce(ON_TOPIC_IN_CONFLICT, partyIds, asOf, PositionGraphQLApi.ORDER).setParameter("topic", topic).setParameter("conflict", conflictId)
                .getResultList();
    }

    /** {@code select}, narrowed to the positions in force today, or standing at the end of {@code asOf}, in {@code order}. */
    private static TypedQuery<Position> inForce(String select, Collection<Long> ids, LocalDate asOf, SortKey<Position> order) {
        return asOf != null ? standing(select, ids, asOf, order, Position.class)
                : getEntityManager().createQuery(select + " and p.supersededBy is null order by " + order.orderBy("p"), Position.class)
                        .setParameter("ids", ids);
    }

    /** {@code select}, narrowed to the positions standing at the end of {@code asOf} when it is given, in {@code order}. */
    private static <T> TypedQuery<T> standing(String select, Collection<Long> ids, LocalDate asOf, SortKey<Position> order, Class<T> type) {
        TypedQuery<T> query = getEntityManager().createQuery(
                select + (asOf == null ? "" : " and " + P_STANDING_ON_AS_OF) + " order by " + order.orderBy("p"), type);
        query.setParameter("ids", ids);
        return asOf == null ? query : query.setParameter("asOf", asOf);
    }

    /** The people's positions in {@code order}, all or those standing at the end of {@code asOf}. */
    public static List<Position> statedBy(Collection<Long> personIds, LocalDate asOf, SortKey<Position> order) {
        return standing(STATED_BY, personIds, asOf, order, Position.class).getResultList();
    }

    public static List<Position> supersededByAnyOf(Collection<Long> positionIds) {
        return list("supersededBy.id in :positionIds order by statedDate, id", Parameters.with("positionIds", positionIds));
    }

    /** Pairs of (territory id, position) for positions that concern the given territories, in {@code order}. */
    public static List<Object[]> concerning(Collection<Long> territoryIds, LocalDate asOf, SortKey<Position> order) {
        return standing(CONCERNING, territoryIds, asOf, order, Object[].class).getResultList();
    }

    /**
     * (id, statedDate, statedOnPrecision) of the positions of the parties taking part in a conflict, in date order:
     * what a timeline sorts and pages by, without loading thousands of positions to show a page of them.
     */
    public static List<Object[]> datesOfConflict(long conflictId) {
        return getEntityManager().createQuery("select p.id, p.statedDate, p.statedOnPrecision from Position p "
                + "where p.party.id in (select pp.party.id from Participant pp where pp.conflict.id = :conflictId) "
                + "order by p.statedDate, p.id", Object[].class).setParameter("conflictId", conflictId).getResultList();
    }

    /** Pairs of (position id, territory) for the given positions. */
    public static List<Object[]> territoriesOf(Collection<Long> positionIds) {
        return getEntityManager().createQuery(
                "select p.id, t from Position p join p.territories t where p.id in :ids order by t.name",
                Object[].class).setParameter("ids", positionIds).getResultList();
    }
}
