package org.parley.agreement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.data;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The bundled second conflict, Armenia–Azerbaijan: what the model had to say that the first record did not need. */
@QuarkusTest
class SecondConflictTest {

    private static final String PEACE = "conflict.agreements.find { it.name.startsWith('Agreement on Peace') }";
    private static final String DECLARATION = "conflict.agreements.find { it.name.startsWith('Washington Joint Declaration') }";

    private static JsonPath record(String asOf) {
        String conflict = data("ids").getString("conflicts.nodes.find { it.name == 'Armenia–Azerbaijan conflict' }.id");
        return data("second-conflict", "conflict", conflict, "asOf", asOf);
    }

    @Test
    void aTextAgreedThroughDiplomaticChannelsWasNoMeetingAndTheInitiallingASummitOfThree() {
        JsonPath record = record("2025-06");
        assertThat(record.getString("conflict.startDate"), nullValue()); // "the late 1980s" is no date
        String rounds = "conflict.talks[0].rounds";
        assertThat(record.getList(rounds + ".mode"), is(List.of("DIPLOMATIC_CHANNELS", "IN_PERSON", "IN_PERSON")));
        assertThat(record.getList(rounds + ".meeting"), is(List.of(false, true, true)));
        assertThat(record.getList(rounds + ".format"), is(List.of("BILATERAL", "BILATERAL", "TRILATERAL")));
        assertThat(record.getList(rounds + "[2].delegations.role"), is(List.of("NEGOTIATOR", "NEGOTIATOR", "MEDIATOR")));
        assertThat(record.getString(rounds + "[1].date"), is("2025-07-10"));
    }

    @Test
    void thePeaceAgreementWasAgreedThenInitialledAndItsSigningIsConditioned() {
        JsonPath record = record("2025-06");
        assertThat(record.getString(PEACE + ".then.stage"), is("AGREED_TEXT"));
        assertThat(record.getString(PEACE + ".today.stage"), is("INITIALLED"));
        assertThat(record.getList(PEACE + ".preconditions.conditions.stage"), is(List.of("SIGNED", "SIGNED")));
        assertThat(record.getList(PEACE + ".preconditions.find { it.text.contains('constitution') }.responses.party.name"),
                is(List.of("Armenia", "Armenia")));
        assertThat(record.getString("compare.verdict"), is("OPPOSED"));
        assertThat(record.getList("compare.findings.rule"), is(List.of("precondition-rejected", "precondition-rejected")));
        assertThat(record.getList("compare.findings.explanation"), is(List.of(
                "Armenia rejects Azerbaijan's precondition", "Armenia rejects Azerbaijan's precondition")));
    }

    @Test
    void theDeclarationsMinskProvisionWasCarriedOutInSteps() {
        JsonPath record = record("2025-10");
        String minsk = DECLARATION + ".provisions.find { it.number == 'Minsk Process' }";
        assertThat(record.getList(minsk + ".ledger.status"), is(List.of("PARTLY_IMPLEMENTED", "PARTLY_IMPLEMENTED", "IMPLEMENTED")));
        assertThat(record.getString(minsk + ".then"), is("PARTLY_IMPLEMENTED"));
        assertThat(record.getString(minsk + ".status"), is("IMPLEMENTED"));
        assertThat(record.getString(DECLARATION + ".provisions.find { it.number == 'transit' }.status"), nullValue());
        assertThat(record.getList(DECLARATION + ".parties.capacity"), is(List.of("SIGNATORY", "SIGNATORY", "MEDIATOR", "WITNESS")));
    }
}
