package org.parley.identifier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.dataAs;
import static org.parley.GraphQLClient.errorsAs;
import static org.parley.GraphQLClient.vars;
import static org.parley.editing.EditorClient.ADMIN;
import static org.parley.editing.EditorClient.EDITOR;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.smallWorld;
import static org.parley.editing.EditorClient.unique;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.parley.editing.EditingProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * `externalIds` and `byExternalId`: identifiers in Wikidata, PA-X and UCDP written with the records that carry them,
 * cited, replaced, removed, looked up; and refused when malformed, of the wrong kind of record, uncited or taken.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class ExternalIdsTest {

    private static final String DOCUMENT = "external-ids";

    /** Numbers no other test run has used in this database. */
    private static final AtomicLong NUMBER = new AtomicLong(1 + System.nanoTime() % 900_000_000L);

    static String number() {
        return Long.toString(NUMBER.incrementAndGet());
    }

    static Map<String, Object> write(String operation, Map<String, Object> variables) {
        return dataAs(EDITOR, DOCUMENT, operation, variables).getMap("record");
    }

    private static Map<String, Object> lookup(String scheme, String value) {
        return dataAs(null, DOCUMENT, "Lookup", vars("scheme", scheme, "value", value)).getMap("found");
    }

    private static List<Map<String, Object>> refused(String operation, Map<String, Object> variables) {
        return errorsAs(EDITOR, DOCUMENT, operation, variables);
    }

    static Map<String, Object> id(String scheme, String value, String source) {
        return Map.of("scheme", scheme, "value", value, "sources", List.of(source));
    }

    @Test
    void aPartyCarriesCitedIdentifiersAndIsFoundByThem() {
        String source = smallWorld().get("source");
        String item = "Q" + number();
        String actor = number();
        Map<String, Object> party = input("name", unique("Ruritania"), "kind", "STATE", "sources", List.of(source),
                "externalIds", List.of(id("WIKIDATA", item, source), Map.of("scheme", "UCDP_ACTOR", "value", actor,
                        "citations", List.of(Map.of("source", source, "quote", "Government of Ruritania (" + actor + ")",
                                "locator", "table 2")))));
        Map<String, Object> created = write("CreateParty", vars("input", party));

        // by scheme, each with its page and what backs it
        assertThat(created.get("externalIds"), is(List.of(
                Map.of("scheme", "UCDP_ACTOR", "value", actor, "url", "https://ucdp.uu.se/actor/" + actor, "sources",
                        List.of(Map.of("id", source)), "citations", List.of(Map.of("quote", "Government of Ruritania (" + actor
                                + ")", "locator", "table 2", "source", Map.of("id", source)))),
                Map.of("scheme", "WIKIDATA", "value", item, "url", "https://www.wikidata.org/wiki/" + item, "sources",
                        List.of(Map.of("id", source)), "citations", List.of(plainCitation(source))))));
        Map<String, Object> found = lookup("WIKIDATA", item);
        assertThat(found.get("__typename"), is("Party"));
        assertThat(found.get("id"), is(created.get("id")));
        assertThat(found.get("name"), is(party.get("name")));
        assertThat(lookup("UCDP_ACTOR", actor).get("id"), is(created.get("id")));
        assertThat(lookup("WIKIDATA", "Q" + number()), is(nullValue()));

        // an update that leaves them out keeps them
        party.remove("externalIds");
        party.put("description", "A state.");
        Map<String, Object> kept = write("UpdateParty", vars("id", created.get("id"), "version", 0, "input", party));
        assertThat(kept.get("externalIds"), is(created.get("externalIds")));

        // a list given replaces them: one changed, one gone
        String corrected = "Q" + number();
        party.put("externalIds", List.of(id("WIKIDATA", corrected, source)));
        Map<String, Object> replaced = write("UpdateParty", vars("id", created.get("id"), "version", 1, "input", party));
        assertThat(((List<?>) replaced.get("externalIds")).size(), is(1));
        assertThat(lookup("WIKIDATA", corrected).get("id"), is(created.get("id")));
        assertThat(lookup("WIKIDATA", item), is(nullValue()));
        assertThat(lookup("UCDP_ACTOR", actor), is(nullValue()));

        // the identifier freed is free for another record
        Map<String, Object> other = write("CreateParty", vars("input", input("name", unique("Other"), "kind", "STATE",
                "sources", List.of(source), "externalIds", List.of(id("WIKIDATA", item, source)))));
        assertThat(lookup("WIKIDATA", item).get("id"), is(other.get("id")));

        // [] removes them; deleting a record frees its identifiers
        party.put("externalIds", List.of());
        assertThat(write("UpdateParty", vars("id", created.get("id"), "version", 2, "input", party)).get("externalIds"), is(List.of()));
        assertThat(lookup("WIKIDATA", corrected), is(nullValue()));
        dataAs(ADMIN, DOCUMENT, "DeleteParty", vars("id", other.get("id"), "version", 0));
        assertThat(lookup("WIKIDATA", item), is(nullValue()));
    }

    @Test
    void anIdentifierIsDisputedOrClaimedLikeAnyCitedRecord() {
        Map<String, String> world = smallWorld();
        String source = world.get("source");
        String item = "Q" + number();
        String actor = number();
        Map<String, Object> party = input("name", unique("Ruritania"), "kind", "STATE", "sources", List.of(source),
                "externalIds", List.of(
                        Map.of("scheme", "WIKIDATA", "value", item, "citations", List.of(Map.of("source", source,
                                "stance", "DISPUTES", "attributedTo", world.get("party")))),
                        Map.of("scheme", "UCDP_ACTOR", "value", actor, "citations", List.of(Map.of("source", source,
                                "stance", "REPORTS_CLAIM", "attributedTo", world.get("party"))))));
        Map<String, Object> created = write("CreateWithEvidence", vars("input", party));
        List<Map<String, Object>> expected = List.of(
                Map.of("scheme", "UCDP_ACTOR", "disputed", false, "claimedBy", List.of(Map.of("id", world.get("party"))),
                        "disputedBy", List.of()),
                Map.of("scheme", "WIKIDATA", "disputed", true, "claimedBy", List.of(),
                        "disputedBy", List.of(Map.of("id", world.get("party")))));
        assertThat(created.get("externalIds"), is(expected));
        assertThat(dataAs(null, DOCUMENT, "Evidence", vars("id", created.get("id"))).getMap("record").get("externalIds"), is(expected));
    }

    /** The messages of a VALIDATION error, by the path of their field. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> fields(Map<String, Object> error) {
        Map<String, String> byPath = new HashMap<>();
        for (Map<String, String> field : (List<Map<String, String>>) ((Map<String, Object>) error.get("extensions")).get("fields")) {
            byPath.put(field.get("path"), field.get("message"));
        }
        return byPath;
    }

    /** A citation of the source with no passage recorded. */
    private static Map<String, Object> plainCitation(String source) {
        Map<String, Object> citation = new HashMap<>();
        citation.put("quote", null);
        citation.put("locator", null);
        citation.put("source", Map.of("id", source));
        return citation;
    }

    @Test
    void conflictsAndAgreementsCarryTheirOwnSchemes() {
        Map<String, String> world = smallWorld();
        String source = world.get("source");
        String ucdp = number();
        String pax = number();
        Map<String, Object> conflict = write("CreateConflict", vars("input", input("name", unique("War"), "sources", List.of(source),
                "externalIds", List.of(id("UCDP_CONFLICT", ucdp, source)))));
        assertThat(conflict.get("externalIds"), is(List.of(Map.of("scheme", "UCDP_CONFLICT", "value", ucdp, "url",
                "https://ucdp.uu.se/conflict/" + ucdp))));
        String name = unique("Grain deal");
        write("CreateAgreement", vars("input", input("conflict", conflict.get("id"), "name", name, "kind", "HUMANITARIAN",
                "sources", List.of(source), "externalIds", List.of(id("PAX", pax, source)))));
        Map<String, Object> agreement = lookup("PAX", pax);
        assertThat(agreement.get("__typename"), is("Agreement"));
        assertThat(agreement.get("name"), is(name));
        assertThat(agreement.get("conflict"), is(Map.of("externalIds", List.of(Map.of("scheme", "UCDP_CONFLICT", "value", ucdp)))));
    }

    @Test
    void wrongIdentifiersAreRefusedWithTheirPath() {
        String source = smallWorld().get("source");
        List<Map<String, Object>> malformed = refused("CreateParty", vars("input", input("name", unique("P"), "kind", "STATE",
                "sources", List.of(source), "externalIds", List.of(id("WIKIDATA", "212", source), Map.of("scheme", "UCDP_ACTOR",
                        "value", number()), id("UCDP_ACTOR", number(), source)))));
        assertThat(code(malformed.get(0)), is("VALIDATION"));
        Map<String, String> fields = fields(malformed.get(0));
        assertThat(fields.get("input.externalIds[0].value"), containsString("is not a WIKIDATA identifier: `Q` and digits"));
        assertThat(fields.get("input.externalIds[1].sources"), containsString("cite at least one source"));
        assertThat(fields.get("input.externalIds[2].scheme"), containsString("the record already has a UCDP_ACTOR identifier"));
        assertThat(fields.size(), is(3));

        List<Map<String, Object>> wrongKind = refused("CreateParty", vars("input", input("name", unique("P"), "kind", "STATE",
                "sources", List.of(source), "externalIds", List.of(id("PAX", number(), source)))));
        assertThat(code(wrongKind.get(0)), is("VALIDATION"));
        assertThat(fields(wrongKind.get(0)), is(Map.of("input.externalIds[0].scheme", "PAX identifies agreement records, not a party")));

        String item = "Q" + number();
        String holder = (String) write("CreateParty", vars("input", input("name", unique("Holder"), "kind", "STATE",
                "sources", List.of(source), "externalIds", List.of(id("WIKIDATA", item, source))))).get("id");
        String name = unique("Taker");
        List<Map<String, Object>> taken = refused("CreateParty", vars("input", input("name", name, "kind", "STATE",
                "sources", List.of(source), "externalIds", List.of(id("WIKIDATA", item, source)))));
        assertThat(code(taken.get(0)), is("CONFLICT"));
        assertThat((String) taken.get(0).get("message"), containsString("WIKIDATA " + item + " already identifies Party " + holder));
        // the identifier stays its holder's
        assertThat(lookup("WIKIDATA", item).get("id"), is(holder));

        List<Map<String, Object>> lookupRefused = errorsAs(null, DOCUMENT, "Lookup", vars("scheme", "PAX", "value", "Q1"));
        assertThat(code(lookupRefused.get(0)), is("VALIDATION"));
        assertThat((String) lookupRefused.get(0).get("message"), containsString("is not a PAX identifier: digits"));
    }
}
