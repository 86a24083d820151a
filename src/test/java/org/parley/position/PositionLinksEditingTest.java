package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.vars;
import static org.parley.editing.EditorClient.ADMIN;
import static org.parley.editing.EditorClient.EDITOR;
import static org.parley.editing.EditorClient.create;
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

/** Links between positions, to provisions and to what a precondition conditions, written and refused; round formats and roles. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class PositionLinksEditingTest {

    private static Map<String, Object> position(Map<String, String> world, String party, String kind, String statedOn,
            Object... more) {
        Map<String, Object> input = input("party", party, "topic", "CEASEFIRE", "kind", kind, "text", unique("Stance"),
                "statedOn", statedOn, "sources", List.of(world.get("source")));
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return input;
    }

    private static String refusal(Map<String, Object> input, String expectedCode) {
        List<Map<String, Object>> errors = refused(EDITOR, "position", "Create", vars("input", input));
        assertThat(errors.toString(), code(errors.get(0)), is(expectedCode));
        return (String) errors.get(0).get("message");
    }

    @Test
    void aRejectionAnswersAPreconditionSetOnAnAgreementsStage() {
        Map<String, String> world = smallWorld();
        String other = (String) create("party", input("name", unique("Party"), "kind", "STATE",
                "sources", List.of(world.get("source")))).get("id");
        String agreement = (String) create("agreement", input("conflict", world.get("conflict"), "name", unique("Accord"),
                "kind", "CEASEFIRE", "sources", List.of(world.get("source")))).get("id");
        String provision = (String) create("provision", input("agreement", agreement, "number", "1", "topic", "CEASEFIRE",
                "text", "Guns fall silent.", "sources", List.of(world.get("source")))).get("id");

        Map<String, Object> precondition = create("position", position(world, world.get("party"), "PRECONDITION", "2025-05",
                "provision", provision, "conditions", input("agreement", agreement, "stage", "SIGNED", "act", " a signing ceremony ")));
        Map<String, Object> rejection = create("position", position(world, other, "REJECTION", "2025-05-31",
                "respondsTo", precondition.get("id")));
        assertThat(((Map<?, ?>) rejection.get("respondsTo")).get("id"), is(precondition.get("id")));

        Map<String, Object> stored = read("position", precondition.get("id"));
        assertThat(stored.get("conditions"), is(Map.of("agreement", Map.of("id", agreement), "stage", "SIGNED",
                "act", "a signing ceremony")));
        assertThat(stored.get("provision"), is(Map.of("id", provision)));
        assertThat(stored.get("responses"), is(List.of(Map.of("id", rejection.get("id")))));

        // what a position answers stays on record: deleting it is refused while the answer points at it
        List<Map<String, Object>> errors = refused(ADMIN, "position", "Delete", vars("id", precondition.get("id"),
                "version", stored.get("version")));
        assertThat(code(errors.get(0)), is("CONFLICT"));
        assertThat((String) errors.get(0).get("message"), containsString("Position.respondsTo"));
    }

    @Test
    void linksThatCannotBeRightAreRefusedWithTheField() {
        Map<String, String> world = smallWorld();
        String other = (String) create("party", input("name", unique("Party"), "kind", "STATE",
                "sources", List.of(world.get("source")))).get("id");
        Object demand = create("position", position(world, world.get("party"), "DEMAND", "2025-06-10")).get("id");

        assertThat(refusal(position(world, world.get("party"), "REJECTION", "2025-06-11", "respondsTo", demand), "VALIDATION"),
                containsString("respondsTo"));
        assertThat(refusal(position(world, other, "REJECTION", "2025-06-09", "respondsTo", demand), "VALIDATION"),
                containsString("answers a position stated after it (2025-06-10)"));
        // a month answers a day within it
        create("position", position(world, other, "REJECTION", "2025-06", "respondsTo", demand));
        assertThat(refusal(position(world, other, "DEMAND", "2025-06", "conditions", input("act", "talks")), "VALIDATION"),
                containsString("only a PRECONDITION conditions something"));
        assertThat(refusal(position(world, other, "PRECONDITION", "2025-06", "conditions", input("stage", "SIGNED")),
                "VALIDATION"), containsString("conditions.stage"));
        assertThat(refusal(position(world, other, "PRECONDITION", "2025-06", "conditions", input("act", " ")), "VALIDATION"),
                containsString("names neither an agreement nor an act"));
        assertThat(refusal(position(world, other, "PRECONDITION", "2025-06", "conditions", input("agreement", demand)),
                "VALIDATION"), containsString("conditions.agreement"));
    }

    @Test
    void aRoundSaysHowItWasHeldAndADelegationInWhatRole() {
        Map<String, String> world = smallWorld();
        Map<String, Object> channels = create("round", input("talks", world.get("talks"), "number", 2, "date", "2025-08",
                "status", "HELD", "format", "BILATERAL", "level", "MINISTERIAL", "mode", "DIPLOMATIC_CHANNELS",
                "sources", List.of(world.get("source"))));
        assertThat(channels.get("meeting"), is(false));
        assertThat(channels.get("level"), is("MINISTERIAL"));
        assertThat(read("round", world.get("round")).get("meeting"), is((Object) null));

        Map<String, Object> side = create("delegation", input("round", world.get("round"), "party", world.get("party"),
                "sources", List.of(world.get("source"))));
        assertThat(side.get("role"), is("NEGOTIATOR"));
        String mediator = (String) create("party", input("name", unique("Mediator"), "kind", "STATE",
                "sources", List.of(world.get("source")))).get("id");
        assertThat(create("delegation", input("round", world.get("round"), "party", mediator, "role", "MEDIATOR",
                "sources", List.of(world.get("source")))).get("role"), is("MEDIATOR"));
    }
}
