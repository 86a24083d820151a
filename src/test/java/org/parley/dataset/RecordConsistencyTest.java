package org.parley.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.common.value.PartialDate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The bundled record checked for what a reader would call a contradiction (issue 29): each test lists every
 * offending record, so a failure says what to mend.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the record is read once
class RecordConsistencyTest {

    private final Map<String, List<Map<String, Object>>> lists = new HashMap<>();

    /** All the nodes of one of the document's lists, page after page. */
    private List<Map<String, Object>> nodes(String list) {
        return lists.computeIfAbsent(list, name -> {
            List<Map<String, Object>> all = new ArrayList<>();
            String after = null;
            JsonPath page;
            do {
                page = data("record-consistency", name, after);
                all.addAll(page.getList(name + ".nodes"));
                after = page.getString(name + ".pageInfo.endCursor");
            } while (page.getBoolean(name + ".pageInfo.hasNextPage"));
            return all;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> node, String... path) {
        Object value = node;
        for (String step : path) {
            value = value == null ? null : ((Map<String, Object>) value).get(step);
        }
        return (T) value;
    }

    private static LocalDate start(Object date) {
        return date == null ? null : PartialDate.parse((String) date).start();
    }

    private static LocalDate end(Object date) {
        return date == null ? null : PartialDate.parse((String) date).end();
    }

    /** A round put off is recorded at its new date, or CANCELLED: one still SCHEDULED in the record's past is stale. */
    @Test
    void noRoundDatedBeforeTheNewestSourceIsStillScheduled() {
        LocalDate newest = nodes("sources").stream().map(s -> start(s.get("publishedOn"))).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow();
        List<String> stale = nodes("rounds").stream().filter(r -> "SCHEDULED".equals(r.get("status")) && end(r.get("date")).isBefore(newest))
                .map(r -> at(r, "talks", "name") + " " + r.get("date")).toList();
        assertThat("rounds still SCHEDULED though the record runs to " + newest, stale, empty());
    }

    @Test
    void everyAgreementInForceWasSignedFirst() {
        List<String> unsigned = new ArrayList<>();
        List<Map<String, Object>> stages = nodes("agreementStages");
        for (Map<String, Object> inForce : stages.stream().filter(s -> "IN_FORCE".equals(s.get("stage"))).toList()) {
            String agreement = at(inForce, "agreement", "id");
            boolean signed = stages.stream().anyMatch(s -> "SIGNED".equals(s.get("stage")) && agreement.equals(at(s, "agreement", "id"))
                    && !start(s.get("date")).isAfter(end(inForce.get("date"))));
            if (!signed) {
                unsigned.add(at(inForce, "agreement", "name"));
            }
        }
        assertThat("agreements in force with no signature by then", unsigned, empty());
    }

    @Test
    void noLedgerLineBeforeItsAgreementsFirstStep() {
        List<String> early = new ArrayList<>();
        for (Map<String, Object> line : nodes("implementationRecords")) {
            String agreement = at(line, "provision", "agreement", "id");
            LocalDate first = nodes("agreementStages").stream().filter(s -> agreement.equals(at(s, "agreement", "id")))
                    .map(s -> start(s.get("date"))).min(Comparator.naturalOrder()).orElse(null);
            if (first == null || end(line.get("date")).isBefore(first)) {
                early.add(line.get("date") + " " + at(line, "provision", "text"));
            }
        }
        assertThat("ledger lines before their agreement had a first recorded step", early, empty());
    }

    @Test
    void noPreconditionStandsUnmetAfterWhatItConditionsHappened() {
        List<String> standing = new ArrayList<>();
        for (Map<String, Object> precondition : nodes("positions")) {
            String agreement = at(precondition, "conditions", "agreement", "id");
            String stage = at(precondition, "conditions", "stage");
            if (agreement == null || stage == null) {
                continue;
            }
            LocalDate stated = start(precondition.get("statedOn"));
            LocalDate superseded = start(at(precondition, "supersededBy", "statedOn"));
            String provision = at(precondition, "provision", "id");
            for (Map<String, Object> reached : nodes("agreementStages")) {
                LocalDate day = end(reached.get("date"));
                if (!agreement.equals(at(reached, "agreement", "id")) || !stage.equals(reached.get("stage")) || day.isBefore(stated)
                        || superseded != null && !superseded.isAfter(day)) {
                    continue;
                }
                boolean met = provision != null && nodes("implementationRecords").stream().anyMatch(line -> provision.equals(
                        at(line, "provision", "id")) && "IMPLEMENTED".equals(line.get("status")) && !end(line.get("date")).isAfter(day));
                if (!met) {
                    standing.add(precondition.get("text") + " (" + stage + " on " + reached.get("date") + ")");
                }
            }
        }
        assertThat("preconditions neither met nor superseded when what they condition happened", standing, empty());
    }

    @Test
    void everyHeadOfDelegationHeldAnOfficeOfTheirParty() {
        List<String> strangers = new ArrayList<>();
        for (Map<String, Object> delegation : nodes("delegations")) {
            if (at(delegation, "head") == null) {
                continue;
            }
            List<Map<String, Object>> offices = at(delegation, "head", "offices");
            String party = at(delegation, "party", "id");
            if (offices.stream().noneMatch(o -> party.equals(at(o, "party", "id")))) {
                strangers.add(at(delegation, "head", "name") + " for " + at(delegation, "party", "name") + " at "
                        + at(delegation, "round", "talks", "name") + " " + at(delegation, "round", "date"));
            }
        }
        assertThat("heads of delegation with no office of the party they led", strangers, empty());
    }
}
