package org.parley.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.document;
import static org.parley.GraphQLClient.errors;
import static org.parley.GraphQLClient.errorsOf;
import static org.parley.GraphQLClient.post;
import static org.parley.GraphQLClient.vars;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import org.parley.common.graphql.GlobalId;

/** Bad input gets a GraphQL error with a `code` a client can switch on and a message without Java internals. */
@QuarkusTest
class ErrorsTest {

    private static Map<String, Object> only(List<Map<String, Object>> errors) {
        assertThat(errors.size(), is(1));
        Map<String, Object> error = errors.get(0);
        String message = (String) error.get("message");
        assertThat(message, not(containsString("Exception")));
        assertThat(message, not(containsString("java.")));
        assertThat(message, not(containsString("org.parley")));
        assertThat(error.toString(), not(containsString("stackTrace")));
        return error;
    }

    @Test
    void anUnknownIdIsNullWithoutError() {
        String someRound = data("ids").getString("rounds.nodes[0].id");
        String missing = GlobalId.encode("Round", 987654321L);
        assertThat(someRound, not(is(missing)));
        post(document("round"), Map.of("id", missing)).body("errors", nullValue()).body("data.round", nullValue());
        post("query($id: ID!) { node(id: $id) { id } }", Map.of("id", missing))
                .body("errors", nullValue()).body("data.node", nullValue());
    }

    @Test
    void aMalformedIdIsAValidationError() {
        Map<String, Object> error = only(errors("round", "id", "%%%"));
        assertThat(code(error), is("VALIDATION"));
        assertThat((String) error.get("message"), containsString("is not a Parley id"));
    }

    @Test
    void anIdOfAnotherTypeIsAValidationError() {
        String party = data("ids").getString("parties.nodes[0].id");
        Map<String, Object> error = only(errors("round", "id", party));
        assertThat(code(error), is("VALIDATION"));
        assertThat((String) error.get("message"), is("Id '" + party + "' denotes a Party, not a Round."));
    }

    @Test
    void aBadEnumFilterIsAValidationError() {
        Map<String, Object> error = only(errors("positions-filtered", "topic", "WEATHER"));
        assertThat(code(error), is("VALIDATION"));
        assertThat((String) error.get("message"), containsString("Invalid input for enum 'Topic'"));
    }

    @Test
    void aBadDateFilterIsAValidationError() {
        Map<String, Object> error = only(errors("positions-filtered", "from", "23/07/2025"));
        assertThat(code(error), is("VALIDATION"));
        assertThat((String) error.get("message"), containsString("'23/07/2025' is not an ISO-8601 date"));
        error = only(errors("positions-filtered", "from", 2025));
        assertThat(code(error), is("VALIDATION"));
        assertThat((String) error.get("message"), containsString("a PartialDate is written as a string"));
        assertThat((String) error.get("message"), not(containsString("org.parley")));
        error = only(errorsOf("{ rounds(from: 2025) { totalCount } }", Map.of()));
        assertThat((String) error.get("message"), containsString("'PartialDate' - a PartialDate is written as a string"));
    }

    @Test
    void aMalformedDocumentIsASyntaxError() {
        Map<String, Object> error = only(errors("malformed"));
        assertThat(code(error), is("INVALID_SYNTAX"));
        assertThat((String) error.get("message"), containsString("line 2"));
    }

    @Test
    void aFieldTheSchemaLacksIsAValidationError() {
        Map<String, Object> error = only(errors("unknown-field"));
        assertThat(code(error), is("VALIDATION"));
        assertThat((String) error.get("message"), containsString("Field 'nickname' in type 'Talks' is undefined"));
    }

    @Test
    void partialFailuresKeepTheOtherFields() {
        List<Map<String, Object>> errors = post("{ a: round(id: \"bad\") { number } b: talks { totalCount } }", vars())
                .body("data.b.totalCount", is(5)).body("data.a", nullValue())
                .extract().jsonPath().getList("errors");
        assertThat(errors.stream().map(GraphQLClient::code).toList(), everyItem(is("VALIDATION")));
    }
}
