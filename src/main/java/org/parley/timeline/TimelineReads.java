package org.parley.timeline;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.agreement.Agreement;
import org.parley.agreement.AgreementStage;
import org.parley.agreement.ImplementationRecord;
import org.parley.agreement.Provision;
import org.parley.common.graphql.GlobalId;
import org.parley.common.node.Nodes;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.Sql;
import org.parley.common.read.TypeRead;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.conflict.Participant;
import org.parley.event.Event;
import org.parley.outcome.Outcome;
import org.parley.position.Position;
import org.parley.statement.Statement;
import org.parley.talks.Round;
import org.parley.talks.Talks;

/**
 * The `timeline` root and Conflict's `timeline` as SQL (the read planner's model; the resolver is
 * {@link Timelines#of}): one row per entry, of each kind the conflict's records as Timelines gathers them, with the same
 * dates and titles. The planner ranks the rows (date, a shorter period first, the kind, then each kind's own order) and
 * pages them by offsets.
 */
@ApplicationScoped
public class TimelineReads implements Reads {

    /** The entity each kind's record is of. */
    private static final Map<String, Class<? extends DomainEntity>> KINDS = Map.of(TimelineKind.ROUND.name(), Round.class,
            TimelineKind.OUTCOME.name(), Outcome.class, TimelineKind.STATEMENT.name(), Statement.class, TimelineKind.EVENT.name(), Event.class,
            TimelineKind.POSITION.name(), Position.class, TimelineKind.AGREEMENT_STAGE.name(), AgreementStage.class,
            TimelineKind.IMPLEMENTATION.name(), ImplementationRecord.class);

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.entries("timeline", TimelineReads::entries));
    }

    /** Conflict's `timeline`: the same rows, of the conflict whose row the parent is. */
    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Conflict.class).entries("timeline", KINDS, TimelineReads::rows, "from", "to"));
    }

    private static RootRead.Entries entries(Sql sql, Map<String, Object> arguments) {
        String id = (String) arguments.get("conflict");
        long key = GlobalId.keyOf(id, Conflict.class);
        String c = sql.alias();
        return new RootRead.Entries(rows(sql, sql.bind(key), arguments), KINDS,
                "exists (select 1 from " + sql.table(Conflict.class) + " " + c + " where " + sql.column(Conflict.class, c, "id") + " = "
                        + sql.bind(key) + ")",
                () -> Nodes.notFound(Conflict.class, id));
    }

    /** The entries of the conflict whose key {@code conflict} (an expression) gives, whose period meets `from` and `to`. */
    private static String rows(Sql sql, String conflict, Map<String, Object> arguments) {
        List<String> kinds = List.of(rounds(sql, conflict), outcomes(sql, conflict), statements(sql, conflict), events(sql, conflict),
                positions(sql, conflict), stages(sql, conflict), implementation(sql, conflict));
        String u = sql.alias();
        String rows = "select * from (" + String.join(" union all ", kinds) + ") " + u;
        PartialDate from = (PartialDate) arguments.get("from");
        PartialDate to = (PartialDate) arguments.get("to");
        String where = (from == null ? "" : " and " + sql.periodEnd(u + ".s", u + ".p") + " >= " + sql.bind(from.start()))
                + (to == null ? "" : " and " + u + ".s <= " + sql.bind(to.end()));
        return where.isEmpty() ? rows : rows + " where" + where.substring(4);
    }

    /** The select of one kind's rows: its name and rank, date, the numbers that order its ties, title; FROM and WHERE. */
    private static String select(TimelineKind kind, String start, String precision, String q1, String q2, String title, String rest) {
        return "select '" + kind.name() + "' k, " + kind.ordinal() + " r, " + start + " s, " + precision + " p, " + q1 + " q1, " + q2
                + " q2, " + title + " t from " + rest;
    }

    /** The conflict's rounds, aliased {@code r}: FROM and WHERE. */
    private static String ofConflict(Sql sql, String r, String conflict) {
        String t = sql.alias();
        return sql.table(Round.class) + " " + r + " join " + sql.table(Talks.class) + " " + t + " on " + sql.column(Talks.class, t, "id")
                + " = " + sql.column(Round.class, r, "talks") + " where " + sql.column(Talks.class, t, "conflict") + " = " + conflict;
    }

    /** "Round 3, Istanbul", as Timelines writes it. */
    private static String rounds(Sql sql, String conflict) {
        String r = sql.alias();
        String city = sql.column(Round.class, r, "city");
        return select(TimelineKind.ROUND, sql.column(Round.class, r, "heldOn"), sql.column(Round.class, r, "datePrecision"),
                sql.column(Round.class, r, "number"), sql.column(Round.class, r, "id"), "'Round ' || cast(" + sql.column(Round.class, r, "number")
                        + " as varchar(12)) || case when " + city + " is null then '' else ', ' || " + city + " end", ofConflict(sql, r, conflict));
    }

    /** Dated by their round. */
    private static String outcomes(Sql sql, String conflict) {
        String o = sql.alias();
        String r = sql.alias();
        String inRound = sql.alias();
        return select(TimelineKind.OUTCOME, sql.column(Round.class, r, "heldOn"), sql.column(Round.class, r, "datePrecision"), "0",
                sql.column(Outcome.class, o, "id"), sql.column(Outcome.class, o, "description"), sql.table(Outcome.class) + " " + o + " join "
                        + sql.table(Round.class) + " " + r + " on " + sql.column(Round.class, r, "id") + " = " + sql.column(Outcome.class, o, "round")
                        + " where " + sql.column(Round.class, r, "id") + " in (select " + sql.column(Round.class, inRound, "id") + " from "
                        + ofConflict(sql, inRound, conflict) + ")");
    }

    /** Those of the conflict's rounds, or of no round by a party to it (Statement.ofConflict), dated by themselves or else by their round. */
    private static String statements(Sql sql, String conflict) {
        String s = sql.alias();
        String r = sql.alias();
        String own = sql.column(Statement.class, s, "statedOn");
        String round = sql.column(Statement.class, s, "round");
        String inRound = sql.alias();
        String part = sql.alias();
        return select(TimelineKind.STATEMENT, "coalesce(" + own + ", " + sql.column(Round.class, r, "heldOn") + ")",
                "case when " + own + " is not null then " + sql.column(Statement.class, s, "statedOnPrecision") + " else "
                        + sql.column(Round.class, r, "datePrecision") + " end",
                "0", sql.column(Statement.class, s, "id"), sql.column(Statement.class, s, "text"),
                sql.table(Statement.class) + " " + s + " left join " + sql.table(Round.class) + " " + r + " on " + sql.column(Round.class, r, "id")
                        + " = " + round + " where (" + round + " in (select " + sql.column(Round.class, inRound, "id") + " from "
                        + ofConflict(sql, inRound, conflict) + ") or (" + round + " is null and " + sql.column(Statement.class, s, "party")
                        + " in (select " + sql.column(Participant.class, part, "party") + " from " + sql.table(Participant.class) + " " + part
                        + " where " + sql.column(Participant.class, part, "conflict") + " = " + conflict + "))) and coalesce(" + own
                        + ", " + sql.column(Round.class, r, "heldOn") + ") is not null");
    }

    private static String events(Sql sql, String conflict) {
        String e = sql.alias();
        return select(TimelineKind.EVENT, sql.column(Event.class, e, "occurredOn"), sql.column(Event.class, e, "datePrecision"), "0",
                sql.column(Event.class, e, "id"), sql.column(Event.class, e, "description"), sql.table(Event.class) + " " + e + " where "
                        + sql.column(Event.class, e, "conflict") + " = " + conflict);
    }

    /** Of the parties taking part in the conflict (Position.datesOfConflict). */
    private static String positions(Sql sql, String conflict) {
        String p = sql.alias();
        String part = sql.alias();
        return select(TimelineKind.POSITION, sql.column(Position.class, p, "statedDate"), sql.column(Position.class, p, "statedOnPrecision"),
                "0", sql.column(Position.class, p, "id"), sql.column(Position.class, p, "text"), sql.table(Position.class) + " " + p + " where "
                        + sql.column(Position.class, p, "party") + " in (select " + sql.column(Participant.class, part, "party") + " from "
                        + sql.table(Participant.class) + " " + part + " where " + sql.column(Participant.class, part, "conflict") + " = "
                        + conflict + ")");
    }

    /** "Black Sea Grain Initiative: signed". */
    private static String stages(Sql sql, String conflict) {
        String s = sql.alias();
        String a = sql.alias();
        return select(TimelineKind.AGREEMENT_STAGE, sql.column(AgreementStage.class, s, "reachedOn"),
                sql.column(AgreementStage.class, s, "reachedOnPrecision"), "0", sql.column(AgreementStage.class, s, "id"),
                sql.column(Agreement.class, a, "name") + " || ': ' || " + words(sql.column(AgreementStage.class, s, "stage")),
                sql.table(AgreementStage.class) + " " + s + " join " + sql.table(Agreement.class) + " " + a + " on " + sql.column(Agreement.class, a, "id")
                        + " = " + sql.column(AgreementStage.class, s, "agreement") + " where " + sql.column(Agreement.class, a, "conflict") + " = "
                        + conflict);
    }

    /** "Istanbul agreement on ..., provision 1: implemented. What was done". */
    private static String implementation(Sql sql, String conflict) {
        String i = sql.alias();
        String v = sql.alias();
        String a = sql.alias();
        return select(TimelineKind.IMPLEMENTATION, sql.column(ImplementationRecord.class, i, "reportedOn"),
                sql.column(ImplementationRecord.class, i, "reportedOnPrecision"), "0", sql.column(ImplementationRecord.class, i, "id"),
                sql.column(Agreement.class, a, "name") + " || ', provision ' || " + sql.column(Provision.class, v, "number") + " || ': ' || "
                        + words(sql.column(ImplementationRecord.class, i, "status")) + " || '. ' || "
                        + sql.column(ImplementationRecord.class, i, "description"),
                sql.table(ImplementationRecord.class) + " " + i + " join " + sql.table(Provision.class) + " " + v + " on "
                        + sql.column(Provision.class, v, "id") + " = " + sql.column(ImplementationRecord.class, i, "provision") + " join "
                        + sql.table(Agreement.class) + " " + a + " on " + sql.column(Agreement.class, a, "id") + " = "
                        + sql.column(Provision.class, v, "agreement") + " where " + sql.column(Agreement.class, a, "conflict") + " = "
                        + conflict);
    }

    /** An enum's name as words: `PARTLY_IMPLEMENTED` as "partly implemented" (Timelines.words). */
    private static String words(String column) {
        return "replace(lower(" + column + "), '_', ' ')";
    }
}
