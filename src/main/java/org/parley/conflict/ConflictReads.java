package org.parley.conflict;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.graphql.GlobalId;
import org.parley.common.read.Reads;
import org.parley.common.read.RootRead.Filter;
import org.parley.common.read.RootRead;
import org.parley.common.read.Rows;
import org.parley.common.read.Sql;
import org.parley.common.read.TypeRead;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.party.Party;
import org.parley.source.SourceReads;

/**
 * How the fields of Conflict and Participant read as SQL, and a party's conflicts (the read planner's model; the
 * resolvers are ConflictGraphQLApi's, ParticipantGraphQLApi's and PartyConflicts').
 */
@ApplicationScoped
public class ConflictReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Conflict.class).partialDate("startDate", "startDatePrecision", "startedOn", "startedOnPrecision")
                // its participants, those taking part at the end of `asOf` when given
                .list("parties", Participant.class, (sql, p, unused, c, arguments) -> new Rows(sql.table(Participant.class) + " " + p,
                        sql.column(Participant.class, p, "conflict") + " = " + sql.ownerKey(c)
                                + activeOn(sql, p, PartialDate.endOf((PartialDate) arguments.get("asOf"))),
                        List.of(sql.column(Participant.class, p, "role"), sql.column(Participant.class, p, "id")),
                        sql.column(Participant.class, p, "id")), "asOf");
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Participant.class).toOne("conflict", "conflict").toOne("party", "party")
                .partialDate("from", "fromPrecision", "joinedOn", "joinedOnPrecision").partialDate("to", "toPrecision", "leftOn", "leftOnPrecision"),
                TypeRead.of(Party.class).list("conflicts", Participant.class, (sql, p, unused, party, arguments) -> new Rows(
                        sql.table(Participant.class) + " " + p, sql.column(Participant.class, p, "party") + " = " + sql.ownerKey(party),
                        List.of(sql.column(Participant.class, p, "id")), sql.column(Participant.class, p, "id"))));
    }

    /**
     * " and " {@link Participant#activeOn} the day, when given (else nothing), of the participant aliased {@code p}:
     * joined by that day, and not left before it (the period of a `to` of month precision ends with its month...).
     */
    public static String activeOn(Sql sql, String p, LocalDate day) {
        if (day == null) {
            return "";
        }
        String joined = sql.column(Participant.class, p, "joinedOn");
        String left = sql.column(Participant.class, p, "leftOn");
        String precision = "coalesce(" + sql.column(Participant.class, p, "leftOnPrecision") + ", " + sql.bind(DatePrecision.DAY.name()) + ")";
        StringBuilder notLeft = new StringBuilder(left + " is null");
        for (DatePrecision each : DatePrecision.values()) {
            // the period that starts on left_on ends on or after the day: it starts on or after this day
            LocalDate earliest = switch (each) {
                case DAY -> day;
                case WEEK -> day.minusDays(6);
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
            };
            notLeft.append(" or (").append(precision).append(" = ").append(sql.bind(each.name())).append(" and ").append(left)
                    .append(" >= ").append(sql.bind(earliest)).append(")");
        }
        return " and (" + joined + " is null or " + joined + " <= " + sql.bind(day) + ") and (" + notLeft + ")";
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("conflict", Conflict.class),
                RootRead.connection("conflicts", Conflict.class, ConflictGraphQLApi.ORDER, ConflictGraphQLApi.DIMENSIONS).filter("nameContains", Filter.contains("name"))
                        .filter("disputed", SourceReads.DISPUTED),
                // parties to the conflict in any role, as Participant.partyKeysOf
                RootRead.moreFilters("parties").filter("conflict", (value, rows) -> {
                    Sql sql = rows.sql();
                    String participant = sql.alias();
                    return "exists (select 1 from " + sql.table(Participant.class) + " " + participant + " where "
                            + sql.column(Participant.class, participant, "party") + " = " + sql.ownerKey(rows.row()) + " and "
                            + sql.column(Participant.class, participant, "conflict") + " = "
                            + rows.bind(GlobalId.keyOf((String) value, Conflict.class)) + ")";
                }));
    }
}
