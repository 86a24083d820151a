package org.parley.person;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.data;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PeopleTest {

    @Test
    void umerovWasDefenceMinisterThenSecretaryOfTheSecurityCouncil() {
        JsonPath data = data("people", "name", "umerov");
        assertThat(data.getInt("people.totalCount"), is(1));
        assertThat(data.getString("people.nodes[0].party.name"), is("Ukraine"));
        assertThat(data.getList("people.nodes[0].offices.title"),
                contains("Minister of Defence", "Secretary of the National Security and Defence Council"));
        assertThat(data.getList("people.nodes[0].offices.current"), contains(false, true));
        assertThat(data.getList("people.nodes[0].offices[0].sources.url"), hasItem(
                "https://thesun.my/world-news/kremlin-anticipates-tough-ukraine-talks-in-istanbul-amid-war-KD14531496"));
    }

    @Test
    void trumpTookOfficeInJanuaryAndSetTheDeadline() {
        JsonPath data = data("people", "name", "Trump");
        assertThat(data.getString("people.nodes[0].offices[0].from"), is("2025-01"));
        assertThat(data.getString("people.nodes[0].offices[0].fromPrecision"), is("MONTH"));
        assertThat(data.getString("people.nodes[0].offices[0].to"), nullValue());
        assertThat(data.getList("people.nodes[0].positions.text").size(), is(3)); // the deadline, and two stated in Washington
    }

    @Test
    void peopleOfAParty() {
        String russia = data("ids").getString("parties.nodes.find { it.name == 'Russia' }.id");
        assertThat(data("people", "party", russia).getList("people.nodes.name"),
                contains("Dmitry Peskov", "Igor Kostyukov", "Kirill Dmitriev", "Sergei Lavrov", "Vladimir Medinsky", "Vladimir Putin", "Yuri Ushakov"));
        assertThat(data("people", "name", "peskov").getList("people.nodes[0].statements.date"), contains("2025-07-23", "2026-03-03", "2026-03-10"));
    }
}
