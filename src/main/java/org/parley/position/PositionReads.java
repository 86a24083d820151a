package org.parley.position;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.agreement.Agreement;
import org.parley.agreement.ImplementationStatus;
import org.parley.agreement.Provision;
import org.parley.agreement.ProvisionReads;
import org.parley.common.graphql.GlobalId;
import org.parley.common.node.Nodes;
import org.parley.common.read.Reads;
import org.parley.common.read.RootRead.Filter;
import org.parley.common.read.RootRead;
import org.parley.common.read.Rows;
import org.parley.common.read.Sql;
import org.parley.common.read.TypeRead;
import org.parley.common.value.PartialDate;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.source.SourceReads;
import org.parley.talks.Delegation;
import org.parley.talks.Round;
import org.parley.territory.Territory;

/**
 * How Position's fields read as SQL, and the positions of parties and delegations (the read planner's model; the
 * resolvers are PositionGraphQLApi's, PartyPositions' and DelegationPositions').
 */
@ApplicationScoped
public class PositionReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Position.class).partialDate("statedOn", "statedDate", "statedOnPrecision").toOne("party", "party")
                .toOne("statedBy", "statedBy").toOne("round", "round").toOne("supersededBy", "supersededBy")
                .toOne("respondsTo", "respondsTo").toOne("provision", "provision")
                // null when the sources say nothing of it, as PositionGraphQLApi.conditions
                .embedded("conditions", "Condition", (sql, p, arguments) -> sql.column(Position.class, p, "conditionsAgreement") + " is null and "
                        + sql.column(Position.class, p, "conditionsAct") + " is null", TypeRead.of(Position.class)
                                .toOne("agreement", "conditionsAgreement").attribute("stage", "conditionsStage").attribute("act", "conditionsAct"))
                .toMany("responses", Position.class, "respondsTo", PositionGraphQLApi.ORDER)
                .toMany("supersedes", Position.class, "supersededBy", PositionGraphQLApi.ORDER)
                // by the territories' names, as Position.territoriesOf
                .list("territories", Territory.class, (sql, t, m, p, arguments) -> new Rows(sql.table(Territory.class) + " " + t
                        + " join " + TERRITORIES + " " + m + " on " + m + ".territory_id = " + sql.column(Territory.class, t, "id"),
                        m + ".position_id = " + sql.ownerKey(p), List.of(sql.column(Territory.class, t, "name"), sql.column(Territory.class, t, "id")),
                        sql.column(Territory.class, t, "id")))
                .bool("inForce", (sql, p, arguments) -> "case when " + sql.column(Position.class, p, "supersededBy") + " is null then true else false end")
                // PositionGraphQLApi.met: the provision a precondition asks for, IMPLEMENTED by then
                .bool("met", (sql, p, arguments) -> {
                    String provision = sql.column(Position.class, p, "provision");
                    return "case when " + sql.column(Position.class, p, "kind") + " = " + sql.bind(PositionKind.PRECONDITION.name()) + " and "
                            + provision + " is not null then case when " + ProvisionReads.status(sql, provision, (PartialDate) arguments.get("asOf"))
                            + " = " + sql.bind(ImplementationStatus.IMPLEMENTED.name()) + " then true else false end end";
                }, "asOf");
    }

    /** The join table of Position.territories. */
    static final String TERRITORIES = "position_territory";

    @Override
    public List<TypeRead> more() {
        return List.of(
                TypeRead.of(Round.class).toMany("positions", Position.class, "round", PositionGraphQLApi.ORDER),
                TypeRead.of(Provision.class).toMany("positions", Position.class, "provision", PositionGraphQLApi.ORDER),
                TypeRead.of(Agreement.class).toMany("preconditions", Position.class, "conditionsAgreement", PositionGraphQLApi.ORDER),
                // those the person stated, or those of them standing at the end of `asOf` (Position.statedBy)
                TypeRead.of(Person.class).list("positions", Position.class, PositionGraphQLApi.ORDER, (sql, p, unused, person, arguments) -> rows(sql, p,
                        sql.column(Position.class, p, "statedBy") + " = " + sql.ownerKey(person) + standingIfAsked(sql, p, arguments)), "asOf"),
                // those concerning the territory, or those of them standing at the end of `asOf` (Position.concerning)
                TypeRead.of(Territory.class).list("positions", Position.class, PositionGraphQLApi.ORDER, (sql, p, unused, territory, arguments) -> rows(sql, p,
                        "exists (select 1 from " + TERRITORIES + " " + unused + " where " + unused + ".position_id = " + sql.column(Position.class, p, "id")
                                + " and " + unused + ".territory_id = " + sql.ownerKey(territory) + ")" + standingIfAsked(sql, p, arguments)), "asOf"),

                // the delegation's party's positions standing at the end of its round's date, or of `asOf`
                TypeRead.of(Delegation.class)
                        .list("positions", Position.class, PositionGraphQLApi.ORDER, (sql, p, unused, d, arguments) -> ofDelegation(sql, p, d, arguments, null), "asOf")
                        .list("redLines", Position.class, PositionGraphQLApi.ORDER, (sql, p, unused, d, arguments) -> ofDelegation(sql, p, d, arguments, PositionKind.RED_LINE), "asOf"),
                // all the party's positions, or those standing at the end of `asOf`
                TypeRead.of(Party.class)
                        .list("positions", Position.class, PositionGraphQLApi.ORDER, (sql, p, unused, party, arguments) -> ofParty(sql, p, party,
                                asOf(arguments) == null ? null : standing(sql, p, sql.bind(asOf(arguments))), null), "asOf")
                        // red lines in force today (not superseded), or standing at the end of `asOf`
                        .list("redLines", Position.class, PositionGraphQLApi.ORDER, (sql, p, unused, party, arguments) -> ofParty(sql, p, party,
                                asOf(arguments) == null ? sql.column(Position.class, p, "supersededBy") + " is null"
                                        : standing(sql, p, sql.bind(asOf(arguments))), PositionKind.RED_LINE), "asOf"));
    }

    private static Rows ofDelegation(Sql sql, String p, String d, Map<String, Object> arguments, PositionKind kind) {
        String round = sql.alias();
        String day = asOf(arguments) != null ? sql.bind(asOf(arguments))
                : "(select " + sql.column(Round.class, round, "endsOn") + " from " + sql.table(Round.class) + " " + round + " where "
                        + sql.column(Round.class, round, "id") + " = " + sql.column(Delegation.class, d, "round") + ")";
        String where = sql.column(Position.class, p, "party") + " = " + sql.column(Delegation.class, d, "party") + " and "
                + standing(sql, p, day) + (kind == null ? "" : " and " + sql.column(Position.class, p, "kind") + " = " + sql.bind(kind.name()));
        return rows(sql, p, where);
    }

    private static Rows ofParty(Sql sql, String p, String party, String condition, PositionKind kind) {
        return rows(sql, p, sql.column(Position.class, p, "party") + " = " + sql.ownerKey(party) + (condition == null ? "" : " and " + condition)
                + (kind == null ? "" : " and " + sql.column(Position.class, p, "kind") + " = " + sql.bind(kind.name())));
    }

    private static Rows rows(Sql sql, String p, String where) {
        return new Rows(sql.table(Position.class) + " " + p, where, sql.order(Position.class, PositionGraphQLApi.ORDER, p),
                sql.column(Position.class, p, "id"));
    }

    /**
     * Stated by the end of {@code day} and not superseded by then: {@link Position#STANDING_ON_AS_OF}. A position in
     * force counts as superseded at the end of time, so that PostgreSQL checks the rule in its index (V17) instead of
     * reading each row the party stated before the day.
     */
    static String standing(Sql sql, String p, String day) {
        return sql.column(Position.class, p, "statedDate") + " <= " + day + " and coalesce(" + sql.column(Position.class, p, "supersededDate")
                + ", date '9999-12-31') > " + day;
    }

    /** " and " the standing condition when the field is asked `asOf`, else nothing. */
    private static String standingIfAsked(Sql sql, String p, Map<String, Object> arguments) {
        return asOf(arguments) == null ? "" : " and " + standing(sql, p, sql.bind(asOf(arguments)));
    }

    /** The last day of the `asOf` argument, or null. */
    private static LocalDate asOf(Map<String, Object> arguments) {
        Object asOf = arguments.get("asOf");
        return asOf == null ? null : ((PartialDate) asOf).end();
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("position", Position.class),
                // all the party's positions on the topic (PositionGraphQLApi.positionHistory); NOT_FOUND for no such party
                RootRead.list("positionHistory", Position.class, (sql, p, arguments) -> {
                    String party = (String) arguments.get("party");
                    long key = GlobalId.keyOf(party, Party.class);
                    String q = sql.alias();
                    return new RootRead.Listed(rows(sql, p, sql.column(Position.class, p, "party") + " = " + sql.bind(key) + " and "
                            + sql.column(Position.class, p, "topic") + " = " + sql.bind(Filter.stored(arguments.get("topic")))),
                            "exists (select 1 from " + sql.table(Party.class) + " " + q + " where " + sql.column(Party.class, q, "id") + " = "
                                    + sql.bind(key) + ")", () -> Nodes.notFound(Party.class, party));
                }),
                positions());
    }

    private static RootRead positions() {
        // PositionFilter.where's rules, in SQL
        Map<String, Filter> byField = Map.of(
                "party", Filter.id("party", Party.class), "topic", Filter.equal("topic"), "kind", Filter.equal("kind"),
                "from", Filter.from("statedDate"), "to", Filter.to("statedDate"), "textContains", Filter.contains("text"),
                "inForce", (value, rows) -> rows.column("supersededBy") + ((Boolean) value ? " is null" : " is not null"),
                "asOf", (value, rows) -> standing(rows.sql(), rows.row(), rows.bind(((PartialDate) value).end())),
                "disputed", SourceReads.DISPUTED);
        RootRead positions = RootRead.connection("positions", Position.class, PositionGraphQLApi.ORDER, PositionGraphQLApi.DIMENSIONS).filter("filter", Filter.fields(byField));
        for (String name : PositionFilter.DEPRECATED_ARGUMENTS) { // as PositionFilter.with: the filter's field, given once
            Filter filter = byField.get(name);
            positions.filter(name, (value, rows) -> {
                Object inFilter = rows.argument("filter") instanceof Map<?, ?> fields ? fields.get(name) : null;
                if (inFilter == null) {
                    return filter.where(value, rows);
                }
                if (!Filter.stored(inFilter).equals(Filter.stored(value))) {
                    throw PositionFilter.twice(name);
                }
                return null; // the filter's own condition
            });
        }
        return positions;
    }
}
