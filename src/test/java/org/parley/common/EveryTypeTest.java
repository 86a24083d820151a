package org.parley.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.post;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * For every object type of the schema, asks a query that reaches it from a root field and selects all its
 * fields, and requires the type to come back with data and no error. On the native executable
 * ({@link EveryTypeIT}) this catches a type, field or resolver that SmallRye reads reflectively but the image
 * does not register; a new type fails here until the bundled data reaches it.
 */
@QuarkusTest
class EveryTypeTest {

    /** Value for required string arguments (search text): a word of the bundled dataset. */
    private static final String TEXT = "Istanbul";
    /** Cost of a step that reaches one record (by id) or one type of several, against 1 for a field. */
    private static final int ONE_RECORD_COST = 3;
    /** Values of an enum argument tried before a type is declared unreachable with data. */
    private static final int ENUM_TRIES = 30;
    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");
    /**
     * Types the bundled data cannot reach: no page the record cites shows a record's identifier in another database
     * (#31), and a fact needs a source. ExternalIdsIT writes and reads them against the packaged application.
     */
    private static final Set<String> NOT_IN_THE_RECORD = Set.of("ExternalId");

    private final Map<String, Map<String, Object>> types = new LinkedHashMap<>();
    private final Map<String, String> idOfType = new HashMap<>();

    /** A way from the query root to a type: fields (with their arguments) and type conditions, and its cost. */
    private record Route(String type, List<Object> steps, int cost) {

        Route then(Object step, String target, int extra) {
            List<Object> longer = new ArrayList<>(steps);
            longer.add(step);
            return new Route(target, longer, cost + extra);
        }
    }

    @Test
    void everyObjectTypeAnswersAllItsFields() {
        JsonPath schema = data("schema-types");
        for (Map<String, Object> type : schema.<Map<String, Object>>getList("__schema.types")) {
            types.put((String) type.get("name"), type);
        }
        String query = schema.getString("__schema.queryType.name");
        collectIds(fields(query));

        List<String> failures = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Route route : routes(query).values()) {
            if (!answered(route.type())) {
                continue;
            }
            // Enum arguments take each of their values in turn until one brings the type back with data; a value a
            // field refuses for its list (`groupBy(by:)` of a dimension the list does not take) is not the type's failure
            String failure = null;
            for (int variant = 0; variant < ENUM_TRIES && !seen.contains(route.type()); variant++) {
                String document = render(route, variant);
                Map<String, Object> answer = post(document, Map.of()).extract().jsonPath().getMap("");
                if (answer.get("errors") != null) {
                    failure = route.type() + ": " + answer.get("errors") + "\n  for " + document;
                    if (!answer.get("errors").toString().contains("code=VALIDATION") || document.equals(render(route, variant + 1))) {
                        break;
                    }
                    continue;
                }
                failure = null;
                collectTypenames(answer.get("data"), seen);
            }
            if (failure != null && !seen.contains(route.type())) {
                failures.add(failure);
            }
        }
        assertThat(failures, empty());

        List<String> unseen = new ArrayList<>();
        types.keySet().stream().filter(name -> answered(name) && !seen.contains(name)).forEach(unseen::add);
        assertThat("object types not answered with data", unseen, empty());
    }

    /** The types this test asks for: object types other than the roots and introspection's own. */
    private boolean answered(String typeName) {
        return "OBJECT".equals(types.get(typeName).get("kind")) && !typeName.startsWith("__") && !ROOTS.contains(typeName)
                && !NOT_IN_THE_RECORD.contains(typeName);
    }

    /**
     * The cheapest route to every type reachable from the root. Lists are preferred to lookups by id and to type
     * conditions, which reach one record, or none of the type, only.
     */
    private Map<String, Route> routes(String root) {
        Map<String, Route> best = new LinkedHashMap<>();
        PriorityQueue<Route> queue = new PriorityQueue<>(Comparator.comparingInt(Route::cost));
        queue.add(new Route(root, List.of(), 0));
        while (!queue.isEmpty()) {
            Route route = queue.poll();
            if (best.putIfAbsent(route.type(), route) != null) {
                continue;
            }
            for (Map<String, Object> possible : list(types.get(route.type()).get("possibleTypes"))) {
                queue.add(route.then(possible.get("name"), (String) possible.get("name"), ONE_RECORD_COST));
            }
            for (Map<String, Object> field : fields(route.type())) {
                String target = named(field.get("type"));
                if (!isLeaf(target) && arguments(field, route.steps().isEmpty(), 0) != null) {
                    boolean byId = required(field).stream().anyMatch(a -> "ID".equals(named(a.get("type"))));
                    queue.add(route.then(field, target, byId ? ONE_RECORD_COST : 1));
                }
            }
        }
        return best;
    }

    /** The document that follows a route and asks all fields of the type at its end. */
    @SuppressWarnings("unchecked")
    private String render(Route route, int variant) {
        StringBuilder open = new StringBuilder("{ ");
        StringBuilder close = new StringBuilder(" }");
        for (Object step : route.steps()) {
            if (step instanceof Map<?, ?> field) {
                open.append(field.get("name")).append(arguments((Map<String, Object>) field, open.length() == 2, variant));
            } else {
                open.append("... on ").append(step);
            }
            open.append(" { ");
            close.append(" }");
        }
        return open + allFields(route.type(), variant) + close;
    }

    /** Every field of an object type: leaves as they are, objects by their type name only (aliased `ref`). */
    private String allFields(String typeName, int variant) {
        StringBuilder out = new StringBuilder("__typename");
        for (Map<String, Object> field : fields(typeName)) {
            String arguments = arguments(field, false, variant);
            if (arguments != null) {
                out.append(' ').append(field.get("name")).append(arguments);
                if (!isLeaf(named(field.get("type")))) {
                    out.append(" { ref: __typename }");
                }
            }
        }
        return out.toString();
    }

    /** One id of each type that a root connection lists, to fill required ID arguments. */
    private void collectIds(List<Map<String, Object>> roots) {
        for (Map<String, Object> root : roots) {
            String type = named(root.get("type"));
            if (required(root).isEmpty() && fields(type).stream().anyMatch(f -> "nodes".equals(f.get("name")))) {
                String query = "{ " + root.get("name") + "(first: 1) { nodes { __typename ... on Node { id } } } }";
                List<Map<String, Object>> nodes = post(query, Map.of()).extract().jsonPath().getList("data." + root.get("name") + ".nodes");
                for (Map<String, Object> node : nodes == null ? List.<Map<String, Object>>of() : nodes) {
                    if (node.get("id") != null) {
                        idOfType.putIfAbsent((String) node.get("__typename"), (String) node.get("id"));
                    }
                }
            }
        }
    }

    /**
     * Values for the required arguments (optional ones keep their defaults), or null when one cannot be given:
     * an `id` of a root field is an id of the type it returns, any other ID argument an id of the type it names;
     * an enum its value number {@code variant}.
     */
    private String arguments(Map<String, Object> field, boolean atRoot, int variant) {
        List<String> given = new ArrayList<>();
        for (Map<String, Object> argument : required(field)) {
            String type = named(argument.get("type"));
            String name = (String) argument.get("name");
            String value = null;
            if ("ID".equals(type)) {
                String of = "id".equals(name) && atRoot ? named(field.get("type")) : Character.toUpperCase(name.charAt(0)) + name.substring(1);
                String id = types.get(of) != null && !"OBJECT".equals(types.get(of).get("kind"))
                        ? idOfType.values().iterator().next() : idOfType.get(of);
                value = id == null ? null : '"' + id + '"';
            } else if ("ENUM".equals(types.get(type).get("kind"))) {
                List<Map<String, Object>> values = list(types.get(type).get("enumValues"));
                value = (String) values.get(variant % values.size()).get("name");
            } else if ("String".equals(type)) {
                value = '"' + TEXT + '"';
            }
            if (value == null) {
                return null;
            }
            given.add(name + ": " + value);
        }
        return given.isEmpty() ? "" : "(" + String.join(", ", given) + ")";
    }

    private static List<Map<String, Object>> required(Map<String, Object> field) {
        List<Map<String, Object>> required = new ArrayList<>();
        for (Map<String, Object> argument : list(field.get("args"))) {
            if ("NON_NULL".equals(((Map<?, ?>) argument.get("type")).get("kind")) && argument.get("defaultValue") == null) {
                required.add(argument);
            }
        }
        return required;
    }

    private List<Map<String, Object>> fields(String typeName) {
        return list(types.get(typeName).get("fields"));
    }

    private boolean isLeaf(String typeName) {
        Object kind = types.get(typeName).get("kind");
        return "SCALAR".equals(kind) || "ENUM".equals(kind);
    }

    /** The named type inside NON_NULL and LIST wrappers. */
    private static String named(Object typeRef) {
        Map<?, ?> ref = (Map<?, ?>) typeRef;
        while (ref.get("name") == null) {
            ref = (Map<?, ?>) ref.get("ofType");
        }
        return (String) ref.get("name");
    }

    /** Names of the objects answered with all their fields (those referred to only carry `ref`). */
    private static void collectTypenames(Object value, Set<String> seen) {
        if (value instanceof Map<?, ?> map) {
            if (map.get("__typename") instanceof String name) {
                seen.add(name);
            }
            map.values().forEach(v -> collectTypenames(v, seen));
        } else if (value instanceof List<?> items) {
            items.forEach(v -> collectTypenames(v, seen));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
