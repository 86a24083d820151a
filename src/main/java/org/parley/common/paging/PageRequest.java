package org.parley.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.parley.common.InvalidInputException;

/**
 * Relay paging arguments turned into an offset window. Cursors are opaque to clients; inside they are offsets in
 * the filtered, ordered list, so they stay valid as long as the list does not change under them.
 */
public record PageRequest(Integer first, String after, Integer last, String before) {

    public static final String FIRST = "Return the first n items after `after` (or from the start); 0 to the maximum page size (`parley.paging.max-size`, 100 by default). Without `first` or `last`, a page holds 20 items.";
    public static final String AFTER = "Cursor from an earlier page: return the items after it.";
    public static final String LAST = "Return the last n items before `before` (or up to the end); 0 to the maximum page size.";
    public static final String BEFORE = "Cursor from an earlier page: return the items before it.";

    private static final String PREFIX = "cursor:";

    public static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int offsetOf(String cursor, String argument) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below with the argument's name
        }
        throw new InvalidInputException("`" + argument + "` is not a cursor of this API: pass a `cursor`, "
                + "`startCursor` or `endCursor` value returned by an earlier page.");
    }

    /** The half-open window [start, end) of a list of {@code total} items, following the Relay algorithm. */
    Window window(long total, int defaultSize, int maxSize) {
        check(first, "first", maxSize);
        check(last, "last", maxSize);
        long start = after == null ? 0 : Math.min(total, offsetOf(after, "after") + 1L);
        long end = before == null ? total : Math.min(total, offsetOf(before, "before"));
        end = Math.max(start, end);
        if (first != null) {
            end = Math.min(end, start + first);
        }
        if (last != null) {
            start = Math.max(start, end - last);
        }
        if (first == null && last == null) {
            end = Math.min(end, start + defaultSize);
        }
        return new Window((int) start, (int) end);
    }

    private static void check(Integer size, String argument, int maxSize) {
        if (size != null && (size < 0 || size > maxSize)) {
            throw new InvalidInputException("`" + argument + "` must be between 0 and " + maxSize + ", got " + size + ".");
        }
    }

    record Window(int start, int end) {
        int size() {
            return end - start;
        }
    }
}
