package org.parley.common.read;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import io.smallrye.graphql.JsonProviderHolder;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * A planned answer's values as JSON-P values, which SmallRye writes out as they are instead of converting graphql-java's
 * maps and lists into them (ExecutionResponse.toJsonValue passes a {@link JsonValue} through): a 550 KB answer spent a
 * quarter of its Java time in that conversion and more in the maps before it. An object holds its keys and values in
 * arrays, in the answer's order (no hashing: the writer only iterates it); scalars are made by the provider and the
 * rules SmallRye's own conversion uses, so the answer's bytes are the same.
 */
final class PlannedJson {

    private static final JsonProvider PROVIDER = JsonProviderHolder.JSON_PROVIDER;

    private PlannedJson() {
    }

    /** A serialized scalar's or enum's value as SmallRye would write it; null for a kind SmallRye converts otherwise. */
    static JsonValue scalar(Object value) {
        if (value instanceof String text) {
            return PROVIDER.createValue(text);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return PROVIDER.createValue(((Number) value).intValue());
        }
        if (value instanceof Long number) {
            return PROVIDER.createValue(number);
        }
        if (value instanceof Double number) {
            return PROVIDER.createValue(number.doubleValue());
        }
        if (value instanceof Float number) {
            return PROVIDER.createValue(new BigDecimal(String.valueOf(number.floatValue())));
        }
        if (value instanceof BigDecimal number) {
            return PROVIDER.createValue(number);
        }
        if (value instanceof BigInteger number) {
            return PROVIDER.createValue(number);
        }
        if (value instanceof Enum<?> constant) {
            return PROVIDER.createValue(constant.name());
        }
        return null;
    }

    /** An object: its keys and values in the answer's order, added once each. */
    static final class Obj extends AbstractMap<String, JsonValue> implements JsonObject {

        private final String[] keys;
        private final JsonValue[] values;
        private int size;

        Obj(int capacity) {
            keys = new String[capacity];
            values = new JsonValue[capacity];
        }

        void add(String key, JsonValue value) {
            keys[size] = key;
            values[size++] = value;
        }

        @Override
        public Set<Map.Entry<String, JsonValue>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, JsonValue>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, JsonValue> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<String, JsonValue> entry = new SimpleImmutableEntry<>(keys[next], values[next]);
                            next++;
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        @Override
        public JsonValue get(Object key) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public JsonArray getJsonArray(String name) {
            return (JsonArray) get(name);
        }

        @Override
        public JsonObject getJsonObject(String name) {
            return (JsonObject) get(name);
        }

        @Override
        public JsonNumber getJsonNumber(String name) {
            return (JsonNumber) get(name);
        }

        @Override
        public JsonString getJsonString(String name) {
            return (JsonString) get(name);
        }

        /** The value named so; JSON-P's getters without a default throw for a name the object lacks. */
        private JsonValue present(String name) {
            JsonValue value = get(name);
            if (value == null) {
                throw new NullPointerException("no value named " + name);
            }
            return value;
        }

        @Override
        public String getString(String name) {
            return ((JsonString) present(name)).getString();
        }

        @Override
        public String getString(String name, String defaultValue) {
            return get(name) instanceof JsonString value ? value.getString() : defaultValue;
        }

        @Override
        public int getInt(String name) {
            return ((JsonNumber) present(name)).intValue();
        }

        @Override
        public int getInt(String name, int defaultValue) {
            return get(name) instanceof JsonNumber value ? value.intValue() : defaultValue;
        }

        @Override
        public boolean getBoolean(String name) {
            JsonValue value = present(name);
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new ClassCastException(name + " is " + value.getValueType() + ", not a boolean");
        }

        @Override
        public boolean getBoolean(String name, boolean defaultValue) {
            JsonValue value = get(name);
            return value == JsonValue.TRUE || value != JsonValue.FALSE && defaultValue;
        }

        @Override
        public boolean isNull(String name) {
            return present(name) == JsonValue.NULL;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.OBJECT;
        }

        @Override
        public String toString() {
            return PROVIDER.createObjectBuilder(this).build().toString();
        }
    }

    /** An array to add the items of a list to, in their order. */
    static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }
}
