package org.parley.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.common.error.FieldError;
import org.parley.common.error.InvalidInputException;
import org.parley.common.value.PartialDate;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One record of a dataset file. Every problem is reported with the file, the record's path (and key) and the field,
 * so an editor can find it; fields the format does not define are refused, to catch typos.
 */
final class Rec {

    private final String file;
    private final String path;
    private final JsonNode node;

    Rec(String file, String path, JsonNode node, Set<String> fields) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (node == null || !node.isObject()) {
            throw new DatasetException(where() + ": must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw fail(name, "unknown field; this record takes " + String.join(", ", fields));
            }
        }
    }

    String path() {
        return path;
    }

    String where() {
        JsonNode key = node == null ? null : node.get("key");
        return "dataset file '" + file + "': record " + (path.isEmpty() ? "(top level)" : path)
                + (key != null && key.isTextual() ? " (key '" + key.asText() + "')" : "");
    }

    DatasetException fail(String field, String problem) {
        return new DatasetException(where() + ": field '" + field + "': " + problem);
    }

    /** The input's rules that this record breaks, each with its field. */
    DatasetException fail(Collection<FieldError> errors) {
        return new DatasetException(where() + ": " + errors.stream()
                .map(e -> "field '" + e.path() + "': " + e.message()).collect(Collectors.joining("; ")));
    }

    /** A value Jackson could not put into the input: the field it was in and the type it should have had. */
    DatasetException fail(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type != null && type.isEnum() && e instanceof InvalidFormatException invalid) {
            List<String> allowed = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                allowed.add(((Enum<?>) constant).name());
            }
            return fail(field.toString(), "'" + invalid.getValue() + "' is not one of " + String.join(", ", allowed));
        }
        if (e.getCause() instanceof InvalidInputException refused) {
            return fail(field.toString(), refused.getMessage()); // a value its type refuses: a malformed date
        }
        return fail(field.toString(), "must be " + expected(type));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == PartialDate.class) {
            return "a date written as a string (2025-07-23, 2025-W29, 2025-07 or 2025)";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return type.isEnum() ? "one of the names the schema lists" : "an object";
    }

    String text(String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    int requiredInt(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw fail(field, "is required and must be a whole number");
        }
        return value.asInt();
    }

    /** This record's key, unique among the records of its kind ({@code known}); null when it may have none. */
    String key(Map<String, ?> known, boolean required) {
        JsonNode value = node.get("key");
        if (value == null || value.isNull()) {
            if (required) {
                throw fail("key", "is required: other records refer to this one by it");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw fail("key", "must be a non-empty string");
        }
        if (known.containsKey(value.asText())) {
            throw fail("key", "'" + value.asText() + "' is used by another record of the same kind");
        }
        return value.asText();
    }

    /**
     * The record's own fields, as its input reads them: without its key and nested records; text trimmed, and an
     * empty text left out, as the format counts it absent.
     */
    ObjectNode values(Set<String> leftOut) {
        ObjectNode values = node.deepCopy();
        values.remove(leftOut);
        trim(values);
        return values;
    }

    private static void trim(ObjectNode object) {
        List<String> empty = new ArrayList<>();
        object.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                String text = value.asText().strip();
                if (text.isEmpty()) {
                    empty.add(field.getKey());
                } else {
                    object.put(field.getKey(), text);
                }
            } else if (value.isArray()) {
                value.forEach(item -> {
                    if (item instanceof ObjectNode nested) {
                        trim(nested);
                    }
                });
            }
        });
        object.remove(empty);
    }

    /** The nested records of an array field. */
    List<JsonNode> array(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw fail(field, "must be an array of records");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }
}
