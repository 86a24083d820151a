package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What positions answer, condition and say about provisions, and how rounds were held, on the bundled dataset. */
@QuarkusTest
class PositionLinksTest {

    private static final String GRAIN = "agreements.nodes.find { it.name == 'Black Sea Grain Initiative' }";

    private static JsonPath links() {
        return data("position-links", "conflict", data("ids").getString("conflicts.nodes[0].id"));
    }

    @Test
    void aPreconditionOnAnAgreementListsTheRejectionsThatAnswerIt() {
        JsonPath links = links();
        assertThat(links.getList(GRAIN + ".preconditions.party.name"), is(List.of("Russia")));
        assertThat(links.getString(GRAIN + ".preconditions[0].conditions.stage"), is("RESUMED"));
        assertThat(links.getString(GRAIN + ".preconditions[0].conditions.agreement.name"), is("Black Sea Grain Initiative"));
        assertThat(links.getList(GRAIN + ".preconditions[0].responses.party.name"), is(List.of("Ukraine")));
        assertThat(links.getString(GRAIN + ".preconditions[0].responses[0].text"), containsString("easing sanctions"));
        // agreements nobody set a precondition on
        assertThat(links.getList("agreements.nodes.findAll { it.name != 'Black Sea Grain Initiative' }.preconditions.flatten()"),
                is(List.of()));
    }

    @Test
    void aProvisionListsThePositionsTakenOnIt() {
        JsonPath links = links();
        assertThat(links.getList(GRAIN + ".provisions.find { it.number == '1' }.positions.kind"), is(List.of("REJECTION")));
        assertThat(links.getList(GRAIN + ".provisions.positions.flatten().provision.number"), is(List.of("1")));
        // Russia's own exports: the memorandum signed beside the grain deal, not the deal itself
        String memorandum = "agreements.nodes.find { it.name.startsWith('Russia–UN Memorandum') }.provisions[0]";
        assertThat(links.getList(memorandum + ".positions.kind"), is(List.of("DEMAND", "PRECONDITION")));
        assertThat(links.getList(memorandum + ".positions.statedOn"), is(List.of("2022-11", "2023-09-10")));
    }

    @Test
    void roundsSayHowTheyWereHeldAndInWhatRoleEachPartyCame() {
        JsonPath links = links();
        String march2022 = "conflict.talks.find { it.name == 'Istanbul talks of March 2022' }.rounds[0]";
        assertThat(links.getString(march2022 + ".date"), is("2022-03-29"));
        assertThat(links.getString(march2022 + ".format"), is("BILATERAL"));
        assertThat(links.getString(march2022 + ".mode"), is("IN_PERSON"));
        assertThat(links.getBoolean(march2022 + ".meeting"), is(true));
        assertThat(links.getString(march2022 + ".delegations.find { it.party.name == 'Turkey' }.role"), is("MEDIATOR"));
        String may2025 = "conflict.talks.find { it.name == 'Istanbul talks' }.rounds[0]";
        assertThat(links.getList(may2025 + ".delegations.role"), is(List.of("NEGOTIATOR", "NEGOTIATOR", "MEDIATOR")));
        assertThat(links.getString(may2025 + ".delegations.find { it.role == 'MEDIATOR' }.head.name"), is("Hakan Fidan"));
        assertThat(links.getString(may2025 + ".level"), is("DELEGATION"));
    }

    @Test
    void aPreconditionReadsAsMetFromTheDayTheProvisionItAsksForIsImplemented() {
        String minsk = "positions.nodes.find { it.text.contains('Minsk Group') }";
        // the OSCE finalised the Minsk Process's closure on 30 November 2025 (the Washington Declaration's ledger)
        JsonPath before = data("preconditions-met", "asOf", "2025-11-29");
        assertThat(before.getBoolean(minsk + ".metThen"), is(false));
        assertThat(before.getBoolean(minsk + ".met"), is(true));
        assertThat(before.getBoolean(minsk + ".inForce"), is(true));
        assertThat(before.getString(minsk + ".provision.status"), is("IMPLEMENTED"));
        assertThat(data("preconditions-met", "asOf", "2025-11-30").getBoolean(minsk + ".metThen"), is(true));
        assertThat(data("preconditions-met", "asOf", "2025-11").getBoolean(minsk + ".metThen"), is(true));
        // a precondition about no provision: Parley cannot tell
        assertThat(before.getString("positions.nodes.find { it.text.startsWith('A ceasefire must be in place') }.met"), is((String) null));
    }
}
