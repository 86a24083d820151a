package org.parley.party;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;

import org.junit.jupiter.api.Test;
import org.parley.common.graphql.GlobalId;
import org.parley.conflict.Conflict;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PartiesTest {

    @Test
    void partiesByNameWithTheirPositionsOfficesAndStatements() {
        JsonPath data = data("parties");
        assertThat(data.getList("parties.nodes.name"), contains("Armenia", "Azerbaijan", "Russia", "Saudi Arabia", "Turkey", "Ukraine",
                "United Nations", "United States"));
        String ukraine = "parties.nodes.find { it.name == 'Ukraine' }";
        assertThat(data.getList(ukraine + ".positions.findAll { it.topic == 'TERRITORY' }.kind"),
                containsInAnyOrder("REJECTION", "RED_LINE", "RED_LINE", "REJECTION"));
        assertThat(data.getList(ukraine + ".positions").size(), is(16));
        assertThat(data.getList(ukraine + ".redLines.text").size(), is(2));
        assertThat(data.getList(ukraine + ".offices.person.name"), hasItem("Rustem Umerov"));
        assertThat(data.getList(ukraine + ".people.name"), contains("Andrii Hnatov", "Andrii Sybiha", "Andriy Yermak", "Daryna Marchak", "David Arakhamia", "Kyrylo Budanov", "Oleksandr Bevz",
                "Oleksii Sobolev", "Rustem Umerov", "Volodymyr Zelensky"));
        assertThat(data.getList(ukraine + ".statements.speaker"), hasItem("A source within the Ukrainian delegation"));
        String russia = "parties.nodes.find { it.name == 'Russia' }";
        assertThat(data.getList(russia + ".redLines.text").size(), is(2));
        assertThat(data.getString(russia + ".statements.find { it.direct }.text"), is("It will be very difficult."));
        assertThat(data.getString(russia + ".statements.find { it.direct }.person.name"), is("Dmitry Peskov"));
        assertThat(data.getString(russia + ".conflicts[0].conflict.name"), is("Russia–Ukraine war"));
    }

    @Test
    void filtersByKindConflictAndName() {
        String war = data("ids").getString("conflicts.nodes[0].id");
        assertThat(data("parties", "conflict", war).getInt("parties.totalCount"), is(5));
        String noSuchConflict = GlobalId.of(Conflict.class, 987_654_321L);
        assertThat(data("parties", "conflict", noSuchConflict).getList("parties.nodes"), is(List.of()));
        assertThat(data("parties", "kind", "STATE").getInt("parties.totalCount"), is(7));
        assertThat(data("parties", "kind", "ARMED_GROUP").getInt("parties.totalCount"), is(0));
        assertThat(data("parties", "name", "KRAIN").getList("parties.nodes.name"), contains("Ukraine"));
    }
}
