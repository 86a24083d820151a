package org.parley.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.parley.common.error.InvalidInputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Relay paging arguments. Cursors are opaque to clients. A connection read from the database takes keyset cursors:
 * inside, the sort keys of an item ({@link SortKey}), so a cursor keeps its place when records are added or removed
 * and a deep page costs what the first does. A list ranked in memory (search, timeline) takes offsets.
 */
public record PageRequest(Integer first, String after, Integer last, String before) {

    public static final String FIRST = "Return the first n items after `after` (or from the start); 0 to the maximum page size (`parley.paging.max-size`, 100 by default). Without `first` or `last`, a page holds 20 items.";
    public static final String AFTER = "Cursor from an earlier page: return the items after it.";
    public static final String LAST = "Return the last n items before `before` (or up to the end); 0 to the maximum page size.";
    public static final String BEFORE = "Cursor from an earlier page: return the items before it.";

    private static final String OFFSET = "cursor:";
    private static final String KEYS = "keys:";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static String cursor(int offset) {
        return encode(OFFSET + offset);
    }

    /**
     * The cursor of an item whose sort keys in {@code order} have these values (dates as ISO text), naming the order a
     * client chose, so that a cursor is not read in another.
     */
    public static String cursorOf(SortKey<?> order, List<Object> keys) {
        try {
            return encode(KEYS + (order.name() == null ? "" : order.name() + ":") + JSON.writeValueAsString(keys));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static int offsetOf(String cursor, String argument) {
        String text = decode(cursor);
        if (text.startsWith(OFFSET)) {
            try {
                int offset = Integer.parseInt(text.substring(OFFSET.length()));
                if (offset >= 0) {
                    return offset;
                }
            } catch (NumberFormatException e) {
                // reported below with the argument's name
            }
        }
        throw notACursor(argument);
    }

    /** The sort keys a cursor of this order holds, typed as the order's attributes. */
    public static <T> List<Object> keysOf(String cursor, String argument, SortKey<T> order) {
        String text = decode(cursor);
        int start = text.indexOf('[');
        if (text.startsWith(KEYS) && start >= KEYS.length()) {
            String named = start == KEYS.length() ? null : text.substring(KEYS.length(), start - 1);
            if (!java.util.Objects.equals(named, order.name())) {
                throw new InvalidInputException("`" + argument + "` is a cursor of another order of this list (`orderBy: "
                        + (named == null ? "[]" : "[" + named.replace(",", ", ") + "]") + "`): pass the `orderBy` its page was read "
                        + "with, or leave `" + argument + "` out to start again.");
            }
            try {
                JsonNode values = JSON.readTree(text.substring(start));
                List<SortKey.Key<T>> keys = order.keys();
                if (values != null && values.isArray() && values.size() == keys.size()) {
                    List<Object> typed = new ArrayList<>(keys.size());
                    for (int i = 0; i < keys.size(); i++) {
                        typed.add(typed(values.get(i), keys.get(i).type()));
                    }
                    return typed;
                }
            } catch (JsonProcessingException | RuntimeException e) {
                // reported below with the argument's name
            }
        }
        throw notACursor(argument);
    }

    private static Object typed(JsonNode value, Class<?> type) {
        if (value.isNull()) {
            return null;
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(value.textValue());
        }
        if (type == Long.class && value.canConvertToLong()) {
            return value.longValue();
        }
        if (type == Integer.class && value.canConvertToInt()) {
            return value.intValue();
        }
        if (type == String.class && value.isTextual()) {
            return value.textValue();
        }
        if (type.isEnum() && value.isTextual()) {
            return enumConstant(type, value.textValue());
        }
        throw new IllegalArgumentException("not a " + type.getSimpleName());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static InvalidInputException notACursor(String argument) {
        return new InvalidInputException("`" + argument + "` is not a cursor of this list: pass a `cursor`, "
                + "`startCursor` or `endCursor` value returned by an earlier page of the same list.");
    }

    /** The half-open window [start, end) of a list of {@code total} items in memory, following the Relay algorithm. */
    public Window window(long total, int defaultSize, int maxSize) {
        checkSizes(maxSize);
        List<Long> window = window(total, defaultSize, LONGS);
        return new Window(window.get(0).intValue(), window.get(1).intValue());
    }

    /** Whole numbers as a window is computed with: Java's, or SQL expressions of them ({@link #window(Object, int, Numbers)}). */
    public interface Numbers<T> {
        T of(long value);

        T min(T a, T b);

        T max(T a, T b);

        T plus(T a, T b);

        T minus(T a, T b);
    }

    private static final Numbers<Long> LONGS = new Numbers<>() {
        public Long of(long value) {
            return value;
        }

        public Long min(Long a, Long b) {
            return Math.min(a, b);
        }

        public Long max(Long a, Long b) {
            return Math.max(a, b);
        }

        public Long plus(Long a, Long b) {
            return a + b;
        }

        public Long minus(Long a, Long b) {
            return a - b;
        }
    };

    /**
     * The Relay algorithm's window [start, end) over {@code total} items, written once for a list in memory and for a
     * list numbered in SQL (where {@code total} and the result are expressions). The sizes are not checked here.
     */
    public <T> List<T> window(T total, int defaultSize, Numbers<T> numbers) {
        T start = after == null ? numbers.of(0) : numbers.min(total, numbers.of(offsetOf(after, "after") + 1L));
        T end = before == null ? total : numbers.min(total, numbers.of(offsetOf(before, "before")));
        end = numbers.max(start, end);
        if (first != null) {
            end = numbers.min(end, numbers.plus(start, numbers.of(first)));
        }
        if (last != null) {
            start = numbers.max(start, numbers.minus(end, numbers.of(last)));
        }
        if (first == null && last == null) {
            end = numbers.min(end, numbers.plus(start, numbers.of(defaultSize)));
        }
        return List.of(start, end);
    }


    public void checkSizes(int maxSize) {
        check(first, "first", maxSize);
        check(last, "last", maxSize);
    }

    static void check(Integer size, String argument, int maxSize) {
        if (size != null && (size < 0 || size > maxSize)) {
            throw new InvalidInputException("`" + argument + "` must be between 0 and " + maxSize + ", got " + size + ".");
        }
    }

    public record Window(int start, int end) {
        int size() {
            return end - start;
        }
    }
}
