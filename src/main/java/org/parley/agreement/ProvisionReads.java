package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.aggregate.Dimension;
import org.parley.common.read.Reads;
import org.parley.common.read.RootRead.Filter;
import org.parley.common.read.RootRead;
import org.parley.common.read.Rows;
import org.parley.common.read.Sql;
import org.parley.common.read.TypeRead;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.party.Party;
import org.parley.source.SourceReads;

/**
 * How the fields of Provision and ImplementationRecord read as SQL, and a party's commitments (the read planner's
 * model; the resolvers are ProvisionGraphQLApi's, ImplementationRecordGraphQLApi's and AgreementRelations').
 */
@ApplicationScoped
public class ProvisionReads implements Reads {

    /** The provision_party join table, as {@link Provision#obligated} maps it. */
    private static final String OBLIGED = "provision_party";

    @Override
    public TypeRead type() {
        return TypeRead.of(Provision.class).partialDate("deadline", "dueOn", "deadlinePrecision").toOne("agreement", "agreement")
                .list("obligated", Party.class, (sql, party, o, p, arguments) -> new Rows(sql.table(Party.class) + " " + party + " join "
                        + OBLIGED + " " + o + " on " + o + ".party_id = " + sql.column(Party.class, party, "id"),
                        o + ".provision_id = " + sql.ownerKey(p), List.of(sql.column(Party.class, party, "name"), sql.column(Party.class, party, "id")),
                        sql.column(Party.class, party, "id")))
                // the lines dated by the end of `asOf` (all without it), in date order
                .list("ledger", ImplementationRecord.class, ImplementationRecordGraphQLApi.ORDER, (sql, r, unused, p, arguments) -> ledger(sql, r, sql.ownerKey(p),
                        PartialDate.endOf((PartialDate) arguments.get("asOf")), ""), "asOf")
                // the status of the last line dated by the end of `asOf`, or today
                .text("status", (sql, p, arguments) -> status(sql, sql.ownerKey(p), (PartialDate) arguments.get("asOf")), "asOf")
                .bool("overdue", (sql, p, arguments) -> overdue(sql, p, sql.bind(AgreementGraphQLApi.day((PartialDate) arguments.get("asOf")))),
                        "asOf");
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(ImplementationRecord.class).partialDate("date", "reportedOn", "reportedOnPrecision")
                .toOne("provision", "provision").toOne("allegedBy", "allegedBy"),
                // the provisions that oblige the party
                TypeRead.of(Party.class).list("commitments", Provision.class, Provision.BY_AGREEMENT, (sql, p, o, party, arguments) -> new Rows(
                        sql.table(Provision.class) + " " + p + " join " + OBLIGED + " " + o + " on " + o + ".provision_id = "
                                + sql.column(Provision.class, p, "id"), o + ".party_id = " + sql.ownerKey(party),
                        sql.order(Provision.class, Provision.BY_AGREEMENT, p), sql.column(Provision.class, p, "id"))));
    }

    /** A provision's ledger lines dated by {@code day} (all when null), in date order, or reversed. */
    private static Rows ledger(Sql sql, String r, String provision, LocalDate day, String direction) {
        return new Rows(sql.table(ImplementationRecord.class) + " " + r, sql.column(ImplementationRecord.class, r, "provision") + " = "
                + provision + (day == null ? "" : " and " + sql.column(ImplementationRecord.class, r, "reportedOn") + " <= " + sql.bind(day)),
                List.of(sql.column(ImplementationRecord.class, r, "reportedOn") + direction, sql.column(ImplementationRecord.class, r, "id") + direction),
                sql.column(ImplementationRecord.class, r, "id"));
    }

    /** The status of the provision {@code provision} (its key) at the end of {@code asOf}, or today: {@link ImplementationRecord#statusOn}. */
    public static String status(Sql sql, String provision, PartialDate asOf) {
        return status(sql, provision, AgreementGraphQLApi.day(asOf));
    }

    /** The status of the provision {@code provision} (its key) at the end of {@code day}: also its STATUS in `groupBy`. */
    private static String status(Sql sql, String provision, LocalDate day) {
        String r = sql.alias();
        return ledger(sql, r, provision, day, " desc").first(sql.column(ImplementationRecord.class, r, "status"));
    }

    /** {@link Rules#overdue} at the end of {@code day} (bound), for the provision row {@code p}; never null. */
    private static String overdue(Sql sql, String p, String day) {
        String r = sql.alias();
        String due = sql.column(Provision.class, p, "dueEnd");
        return "case when " + due + " is not null and " + due + " < " + day + " and not exists (select 1 from "
                + sql.table(ImplementationRecord.class) + " " + r + " where " + sql.column(ImplementationRecord.class, r, "provision") + " = "
                + sql.ownerKey(p) + " and " + sql.column(ImplementationRecord.class, r, "status") + " = "
                + sql.bind(ImplementationStatus.IMPLEMENTED.name()) + " and " + sql.column(ImplementationRecord.class, r, "reportedOn") + " <= "
                + day + ") then true else false end";
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("provision", Provision.class),
                RootRead.connection("provisions", Provision.class, ProvisionGraphQLApi.ORDER, ProvisionGraphQLApi.DIMENSIONS)
                        .filter("agreement", Filter.id("agreement", Agreement.class))
                        .filter("conflict", (value, rows) -> {
                            Sql sql = rows.sql();
                            String a = sql.alias();
                            return rows.column("agreement") + " in (select " + sql.column(Agreement.class, a, "id") + " from "
                                    + sql.table(Agreement.class) + " " + a + " where " + sql.column(Agreement.class, a, "conflict") + " = "
                                    + sql.bind(org.parley.common.graphql.GlobalId.keyOf((String) value, Conflict.class)) + ")";
                        })
                        .filter("obligated", (value, rows) -> {
                            String o = rows.sql().alias();
                            return "exists (select 1 from " + OBLIGED + " " + o + " where " + o + ".provision_id = " + rows.sql().ownerKey(rows.row())
                                    + " and " + o + ".party_id = " + rows.bind(org.parley.common.graphql.GlobalId.keyOf((String) value, Party.class)) + ")";
                        })
                        .filter("topic", Filter.equal("topic"))
                        .filter("overdueAsOf", (value, rows) -> overdue(rows.sql(), rows.row(), rows.bind(((PartialDate) value).end())) + " = true")
                        .filter("disputed", SourceReads.DISPUTED)
                        // Provision.STATUS_AS_OF
                        .dimension(Dimension.STATUS, (sql, p, day) -> List.of(status(sql, sql.column(Provision.class, p, "id"), day))),
                RootRead.byId("implementationRecord", ImplementationRecord.class),
                RootRead.connection("implementationRecords", ImplementationRecord.class, ImplementationRecordGraphQLApi.ORDER, ImplementationRecordGraphQLApi.DIMENSIONS)
                        .filter("provision", Filter.id("provision", Provision.class)).filter("status", Filter.equal("status"))
                        .filter("allegedBy", Filter.id("allegedBy", Party.class)).filter("disputed", SourceReads.DISPUTED));
    }
}
