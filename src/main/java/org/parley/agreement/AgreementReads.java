package org.parley.agreement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

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
import org.parley.talks.Round;
import org.parley.talks.RoundGraphQLApi;

/**
 * How the fields of Agreement, AgreementStage and AgreementParty read as SQL, and the agreements of conflicts, rounds
 * and parties (the read planner's model; the resolvers are AgreementGraphQLApi's, AgreementStageGraphQLApi's,
 * AgreementPartyGraphQLApi's and AgreementRelations').
 */
@ApplicationScoped
public class AgreementReads implements Reads {

    /** The agreement_round join table, as {@link Agreement#rounds} maps it. */
    private static final String PRODUCED_BY = "agreement_round";

    @Override
    public TypeRead type() {
        return TypeRead.of(Agreement.class).toOne("conflict", "conflict")
                .list("rounds", Round.class, RoundGraphQLApi.ORDER, (sql, r, m, a, arguments) -> new Rows(sql.table(Round.class) + " " + r + " join " + PRODUCED_BY
                        + " " + m + " on " + m + ".round_id = " + sql.column(Round.class, r, "id"), m + ".agreement_id = " + sql.ownerKey(a),
                        List.of(sql.column(Round.class, r, "heldOn"), sql.column(Round.class, r, "number"), sql.column(Round.class, r, "id")),
                        sql.column(Round.class, r, "id")))
                // the steps taken by the end of `asOf` (all without it), in the order they happened
                .list("stages", AgreementStage.class, AgreementStage.STEPS, (sql, s, unused, a, arguments) -> stages(sql, s, a,
                        PartialDate.endOf((PartialDate) arguments.get("asOf")), false), "asOf")
                // the last step taken by the end of `asOf`, or today
                .one("stage", AgreementStage.class, (sql, s, unused, a, arguments) -> stages(sql, s, a,
                        AgreementGraphQLApi.day((PartialDate) arguments.get("asOf")), true), "asOf")
                .list("parties", AgreementParty.class, AgreementPartyGraphQLApi.ORDER, (sql, p, unused, a, arguments) -> new Rows(sql.table(AgreementParty.class) + " " + p,
                        sql.column(AgreementParty.class, p, "agreement") + " = " + sql.ownerKey(a),
                        List.of(capacityOrder(sql, p), sql.column(AgreementParty.class, p, "id")), sql.column(AgreementParty.class, p, "id")))
                .toMany("provisions", Provision.class, "agreement", ProvisionGraphQLApi.ORDER);
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(AgreementStage.class).partialDate("date", "reachedOn", "reachedOnPrecision")
                .toOne("agreement", "agreement").toOne("party", "party"),
                TypeRead.of(AgreementParty.class).toOne("agreement", "agreement").toOne("party", "party"),
                TypeRead.of(Conflict.class).toMany("agreements", Agreement.class, "conflict", AgreementGraphQLApi.ORDER),
                TypeRead.of(Round.class).list("agreements", Agreement.class, AgreementGraphQLApi.ORDER, (sql, a, m, r, arguments) -> new Rows(sql.table(Agreement.class)
                        + " " + a + " join " + PRODUCED_BY + " " + m + " on " + m + ".agreement_id = " + sql.column(Agreement.class, a, "id"),
                        m + ".round_id = " + sql.ownerKey(r), sql.order(Agreement.class, AgreementGraphQLApi.ORDER, a),
                        sql.column(Agreement.class, a, "id"))),
                // the agreements the party stands behind in any capacity, each once
                TypeRead.of(Party.class).list("agreements", Agreement.class, AgreementGraphQLApi.ORDER, (sql, a, p, party, arguments) -> new Rows(
                        sql.table(Agreement.class) + " " + a, "exists (select 1 from " + sql.table(AgreementParty.class) + " " + p + " where "
                                + sql.column(AgreementParty.class, p, "agreement") + " = " + sql.column(Agreement.class, a, "id") + " and "
                                + sql.column(AgreementParty.class, p, "party") + " = " + sql.ownerKey(party) + ")",
                        sql.order(Agreement.class, AgreementGraphQLApi.ORDER, a), sql.column(Agreement.class, a, "id"))));
    }

    /** The agreement's steps reached by the end of {@code day} (all when null), in {@link AgreementStage#STEPS}, or reversed. */
    private static Rows stages(Sql sql, String s, String agreement, LocalDate day, boolean backwards) {
        return new Rows(sql.table(AgreementStage.class) + " " + s, sql.column(AgreementStage.class, s, "agreement") + " = "
                + sql.ownerKey(agreement) + (day == null ? "" : " and " + sql.column(AgreementStage.class, s, "reachedOn") + " <= " + sql.bind(day)),
                AgreementStage.STEPS.orderBy(backwards, attribute -> sql.column(AgreementStage.class, s, attribute)),
                sql.column(AgreementStage.class, s, "id"));
    }

    /** A capacity's place in {@link Capacity}'s order (signatories first), as {@link AgreementParty#ofAgreements} sorts. */
    private static String capacityOrder(Sql sql, String p) {
        return Arrays.stream(Capacity.values()).map(c -> "when " + sql.bind(c.name()) + " then " + c.ordinal())
                .collect(Collectors.joining(" ", "case " + sql.column(AgreementParty.class, p, "capacity") + " ", " end"));
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("agreement", Agreement.class),
                RootRead.connection("agreements", Agreement.class, AgreementGraphQLApi.ORDER, AgreementGraphQLApi.DIMENSIONS)
                        .filter("conflict", Filter.id("conflict", Conflict.class)).filter("kind", Filter.equal("kind"))
                        .filter("stage", (value, rows) -> {
                            Sql sql = rows.sql();
                            String s = sql.alias();
                            return "exists (select 1 from " + sql.table(AgreementStage.class) + " " + s + " where "
                                    + sql.column(AgreementStage.class, s, "agreement") + " = " + sql.ownerKey(rows.row()) + " and "
                                    + sql.column(AgreementStage.class, s, "stage") + " = " + sql.bind(Filter.stored(value)) + ")";
                        })
                        .filter("disputed", SourceReads.DISPUTED),
                RootRead.byId("agreementStage", AgreementStage.class),
                RootRead.connection("agreementStages", AgreementStage.class, AgreementStageGraphQLApi.ORDER, AgreementStageGraphQLApi.DIMENSIONS)
                        .filter("agreement", Filter.id("agreement", Agreement.class)).filter("stage", Filter.equal("stage"))
                        .filter("party", Filter.id("party", Party.class)).filter("disputed", SourceReads.DISPUTED),
                RootRead.byId("agreementParty", AgreementParty.class),
                RootRead.connection("agreementParties", AgreementParty.class, AgreementPartyGraphQLApi.ORDER, AgreementPartyGraphQLApi.DIMENSIONS)
                        .filter("agreement", Filter.id("agreement", Agreement.class)).filter("party", Filter.id("party", Party.class))
                        .filter("capacity", Filter.equal("capacity")).filter("disputed", SourceReads.DISPUTED));
    }
}
