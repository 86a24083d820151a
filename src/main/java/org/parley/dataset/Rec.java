package org.parley.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.common.InvalidInputException;
import org.parley.common.PartialDate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of a dataset file, read field by field. Every problem is reported with the file, the record's path
 * (and key) and the field, so an editor can find it; fields the format does not define are refused, to catch typos.
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
                throw fail(name, "unknown field; this record takes " + String.join(", ", fields.stream().sorted().toList()));
            }
        }
    }

    String where() {
        JsonNode key = node == null ? null : node.get("key");
        return "dataset file '" + file + "': record " + (path.isEmpty() ? "(top level)" : path) + (key != null && key.isTextual() ? " (key '" + key.asText() + "')" : "");
    }

    DatasetException fail(String field, String problem) {
        return new DatasetException(where() + ": field '" + field + "': " + problem);
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw fail(field, "must be a string");
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    String requiredText(String field) {
        String text = text(field);
        if (text == null) {
            throw fail(field, "is required");
        }
        return text;
    }

    int requiredInt(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw fail(field, "is required and must be a whole number");
        }
        return value.asInt();
    }

    BigDecimal requiredNumber(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw fail(field, "is required and must be a number");
        }
        return value.decimalValue();
    }

    boolean bool(String field, boolean defaultValue) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw fail(field, "must be true or false");
        }
        return value.asBoolean();
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        String text = requiredText(field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw fail(field, "'" + text + "' is not one of " + String.join(", ", allowed));
        }
    }

    PartialDate date(String field) {
        String text = text(field);
        try {
            return text == null ? null : PartialDate.parse(text);
        } catch (InvalidInputException e) {
            throw fail(field, e.getMessage());
        }
    }

    PartialDate requiredDate(String field) {
        PartialDate date = date(field);
        if (date == null) {
            throw fail(field, "is required");
        }
        return date;
    }

    /** The record named by a key field, looked up among the records of that kind loaded so far. */
    <T> T ref(String field, Map<String, T> known, String kind) {
        String key = text(field);
        if (key == null) {
            return null;
        }
        T found = known.get(key);
        if (found == null) {
            throw fail(field, "no " + kind + " has key '" + key + "'");
        }
        return found;
    }

    <T> T requiredRef(String field, Map<String, T> known, String kind) {
        T found = ref(field, known, kind);
        if (found == null) {
            throw fail(field, "is required");
        }
        return found;
    }

    /** A list of keys, each naming a known record. */
    <T> List<T> refs(String field, Map<String, T> known, String kind, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
            if (required) {
                throw fail(field, "must list at least one " + kind);
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw fail(field, "must be an array of " + kind + " keys");
        }
        List<T> found = new ArrayList<>();
        for (JsonNode item : value) {
            T target = item.isTextual() ? known.get(item.asText()) : null;
            if (target == null) {
                throw fail(field, "no " + kind + " has key " + item);
            }
            found.add(target);
        }
        return found;
    }

    /** The nested records of an array field. */
    List<Rec> records(String field, Set<String> fields) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw fail(field, "must be an array of records");
        }
        List<Rec> records = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            records.add(new Rec(file, (path.isEmpty() ? "" : path + ".") + field + "[" + i + "]", value.get(i), fields));
        }
        return records;
    }

    /** A unique key for this record among those of its kind, registered in {@code known} by the caller. */
    String key(Map<String, ?> known) {
        String key = requiredText("key");
        if (known.containsKey(key)) {
            throw fail("key", "'" + key + "' is used by another record of the same kind");
        }
        return key;
    }
}
