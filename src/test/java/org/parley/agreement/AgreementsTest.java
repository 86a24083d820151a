package org.parley.agreement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.dataAs;
import static org.parley.GraphQLClient.vars;
import static org.parley.editing.EditorClient.ADMIN;
import static org.parley.editing.EditorClient.EDITOR;
import static org.parley.editing.EditorClient.create;
import static org.parley.editing.EditorClient.delete;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.read;
import static org.parley.editing.EditorClient.refused;
import static org.parley.editing.EditorClient.smallWorld;
import static org.parley.editing.EditorClient.unique;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.editing.EditingProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Agreements written through the mutations, then read back: stages as of a date, parties, provisions and ledgers. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class AgreementsTest {

    /** A signed agreement later withdrawn from, with a provision that ran late and one alleged broken. */
    private static Map<String, String> agreementWorld() {
        Map<String, String> ids = smallWorld();
        List<String> sources = List.of(ids.get("source"));
        ids.put("mediator", (String) create("party", input("name", unique("Mediator"), "kind", "INTERNATIONAL_ORGANISATION",
                "sources", sources)).get("id"));
        ids.put("agreement", (String) create("agreement", input("conflict", ids.get("conflict"), "name", unique("Accord"),
                "kind", "HUMANITARIAN", "rounds", List.of(ids.get("round")), "sources", sources)).get("id"));
        create("agreement-stage", input("agreement", ids.get("agreement"), "stage", "SIGNED", "date", "2022-07-22",
                "place", "Istanbul", "sources", sources));
        create("agreement-stage", input("agreement", ids.get("agreement"), "stage", "EXTENDED", "date", "2022-11",
                "sources", sources));
        create("agreement-stage", input("agreement", ids.get("agreement"), "stage", "WITHDRAWN", "date", "2023-07-17",
                "party", ids.get("party"), "sources", sources));
        create("agreement-party", input("agreement", ids.get("agreement"), "party", ids.get("party"), "capacity", "SIGNATORY",
                "sources", sources));
        create("agreement-party", input("agreement", ids.get("agreement"), "party", ids.get("mediator"), "capacity", "MEDIATOR",
                "sources", sources));
        // the signatory in a second capacity: still one agreement in its list
        create("agreement-party", input("agreement", ids.get("agreement"), "party", ids.get("party"), "capacity", "GUARANTOR",
                "sources", sources));
        ids.put("late", (String) create("provision", input("agreement", ids.get("agreement"), "number", "1", "topic", "PRISONERS",
                "text", "Exchange all prisoners by June.", "deadline", "2025-06", "obligated", List.of(ids.get("party")),
                "sources", sources)).get("id"));
        ids.put("broken", (String) create("provision", input("agreement", ids.get("agreement"), "number", "2", "topic",
                "MARITIME", "text", "Safe passage for ships.", "sources", sources)).get("id"));
        create("implementation-record", input("provision", ids.get("late"), "status", "PARTLY_IMPLEMENTED", "date", "2025-06-10",
                "description", "A first batch exchanged.", "sources", sources));
        create("implementation-record", input("provision", ids.get("late"), "status", "IMPLEMENTED", "date", "2025-07-02",
                "description", "The last batch exchanged.", "sources", sources));
        create("implementation-record", input("provision", ids.get("broken"), "status", "VIOLATED", "date", "2023-07",
                "allegedBy", ids.get("mediator"), "description", "Ships stopped.", "sources", sources));
        return ids;
    }

    @Test
    void anAgreementStandsWhereItsLastStageLeftIt() {
        Map<String, String> world = agreementWorld();
        JsonPath today = data("agreement-detail", "id", world.get("agreement"));
        assertThat(today.getString("agreement.stage.stage"), is("WITHDRAWN"));
        assertThat(today.getString("agreement.rounds[0].number"), is("1"));
        assertThat(today.getList("agreement.stages.stage"), is(List.of("SIGNED", "EXTENDED", "WITHDRAWN")));
        assertThat(today.getList("agreement.stages.datePrecision"), is(List.of("DAY", "MONTH", "DAY")));
        assertThat(today.getList("agreement.parties.capacity"), is(List.of("SIGNATORY", "MEDIATOR", "GUARANTOR")));
        assertThat(today.getList("agreement.provisions.status"), is(List.of("IMPLEMENTED", "VIOLATED")));
        assertThat(today.getList("agreement.provisions.overdue"), is(List.of(false, false)));
        assertThat(today.getString("agreement.provisions[1].ledger[0].allegedBy.name"), containsString("Mediator"));

        JsonPath extended = data("agreement-detail", "id", world.get("agreement"), "asOf", "2022-12");
        assertThat(extended.getString("agreement.stage.stage"), is("EXTENDED"));
        assertThat(data("agreement-detail", "id", world.get("agreement"), "asOf", "2022-07").getString("agreement.stage.stage"),
                is("SIGNED"));
        assertThat(data("agreement-detail", "id", world.get("agreement"), "asOf", "2021").getString("agreement.stage"), is(nullValue()));
    }

    @Test
    void aProvisionIsOverdueOnceItsWholeDeadlinePassedUntilItIsCarriedOut() {
        Map<String, String> world = agreementWorld();
        // June is the deadline: still met on its last day, overdue on 1 July, done on 2 July
        JsonPath june = data("agreement-detail", "id", world.get("agreement"), "asOf", "2025-06-30");
        assertThat(june.getList("agreement.provisions.status"), is(List.of("PARTLY_IMPLEMENTED", "VIOLATED")));
        assertThat(june.getList("agreement.provisions.overdue"), is(List.of(false, false)));
        assertThat(data("agreement-detail", "id", world.get("agreement"), "asOf", "2025-07-01").getList("agreement.provisions.overdue"),
                is(List.of(true, false)));
        assertThat(data("agreement-detail", "id", world.get("agreement"), "asOf", "2025-07-02").getList("agreement.provisions.overdue"),
                is(List.of(false, false)));

        JsonPath lists = data("agreement-lists", "conflict", world.get("conflict"), "round", world.get("round"), "party",
                world.get("party"), "asOf", "2025-07-01");
        assertThat(lists.getList("overdue.nodes.number"), is(List.of("1")));
        assertThat(data("agreement-lists", "conflict", world.get("conflict"), "round", world.get("round"), "party",
                world.get("party"), "asOf", "2025-07-02").getList("overdue.nodes"), is(empty()));
    }

    @Test
    void agreementsAreReachedFromTheirConflictRoundAndParties() {
        Map<String, String> world = agreementWorld();
        String name = (String) read("agreement", world.get("agreement")).get("name");
        JsonPath lists = data("agreement-lists", "conflict", world.get("conflict"), "round", world.get("round"), "party",
                world.get("party"), "stage", "WITHDRAWN");
        assertThat(lists.getInt("agreements.totalCount"), is(1));
        assertThat(lists.getList("conflict.agreements.name"), is(List.of(name)));
        assertThat(lists.getList("round.agreements.name"), is(List.of(name)));
        assertThat(lists.getList("party.agreements.name"), is(List.of(name)));
        assertThat(lists.getList("party.commitments.number"), is(List.of("1")));
        assertThat(lists.getList("owed.nodes.number"), is(List.of("1")));
        assertThat(data("agreement-lists", "conflict", world.get("conflict"), "round", world.get("round"), "party",
                world.get("party"), "stage", "RATIFIED").getInt("agreements.totalCount"), is(0));
    }

    @Test
    void everyRecordOfAnAgreementHasARootListAndALookup() {
        Map<String, String> world = agreementWorld();
        JsonPath lists = dataAs(null, "agreement-records", "Records", vars("agreement", world.get("agreement"), "party",
                world.get("party"), "mediator", world.get("mediator"), "provision", world.get("late")));
        assertThat(lists.getList("stages.nodes.date"), is(List.of("2022-07-22", "2022-11", "2023-07-17")));
        assertThat(lists.getList("withdrawn.nodes.party.id"), is(List.of(world.get("party"))));
        assertThat(lists.getList("mediators.nodes.party.id"), is(List.of(world.get("mediator"))));
        assertThat(lists.getList("ledger.nodes.status"), is(List.of("PARTLY_IMPLEMENTED", "IMPLEMENTED")));
        assertThat(lists.getList("alleged.nodes.provision.number"), is(List.of("2")));
        assertThat(lists.getString("provision.number"), is("1"));

        JsonPath one = dataAs(null, "agreement-records", "Lookups", vars("stage", lists.getString("stages.nodes[2].id"),
                "capacity", lists.getString("mediators.nodes[0].id"), "line", lists.getString("ledger.nodes[1].id")));
        assertThat(one.getString("agreementStage.stage"), is("WITHDRAWN"));
        assertThat(one.getString("agreementParty.capacity"), is("MEDIATOR"));
        assertThat(one.getString("implementationRecord.status"), is("IMPLEMENTED"));
    }

    @Test
    void whatAnAgreementCannotHoldIsRefused() {
        Map<String, String> world = agreementWorld();
        Map<String, String> elsewhere = smallWorld();
        List<Map<String, Object>> errors = refused(EDITOR, "agreement", "Create", vars("input", input("conflict",
                world.get("conflict"), "name", unique("Accord"), "kind", "CEASEFIRE", "rounds", List.of(elsewhere.get("round")), "sources", List.of(world.get("source")))));
        assertThat(code(errors.get(0)), is("VALIDATION"));
        assertThat((String) errors.get(0).get("message"), containsString("rounds[0]"));

        errors = refused(EDITOR, "implementation-record", "Create", vars("input", input("provision", world.get("late"),
                "status", "IMPLEMENTED", "date", "2025-07", "allegedBy", world.get("party"), "description", "Done.", "sources", List.of(world.get("source")))));
        assertThat(code(errors.get(0)), is("VALIDATION"));
        assertThat((String) errors.get(0).get("message"), containsString("allegedBy"));

        // the agreement still has stages, parties and provisions
        Map<String, Object> agreement = read("agreement", world.get("agreement"));
        errors = refused(ADMIN, "agreement", "Delete", vars("id", world.get("agreement"), "version", agreement.get("version")));
        assertThat(code(errors.get(0)), is("CONFLICT"));
        assertThat((String) errors.get(0).get("message"), containsString("AgreementStage.agreement"));
    }

    @Test
    void aLedgerLineCanBeDeleted() {
        Map<String, String> world = agreementWorld();
        Map<String, Object> line = create("implementation-record", input("provision", world.get("broken"), "status",
                "NOT_IMPLEMENTED", "date", "2024", "description", "Nothing yet.", "sources", List.of(world.get("source"))));
        assertThat(delete("implementation-record", line.get("id"), line.get("version")), is(line.get("id")));
        assertThat(read("implementation-record", line.get("id")), is(nullValue()));
    }
}
