package org.parley.common.value;

/**
 * What text the API accepts, in any argument: no control characters but tab, newline and carriage return; no lone
 * surrogate (half of a character, which a database would silently turn into `?`); no bidirectional override,
 * embedding or isolate controls, which make a stored name display as something else (the marks U+200E/U+200F that
 * right-to-left text needs stay allowed). And how much of a client's own input an error message repeats.
 */
public final class TextRules {

    /** Characters of a client's value that an error message repeats at most. */
    public static final int ECHO = 60;

    /** Longest message an error carries. */
    public static final int MESSAGE = 400;

    private TextRules() {
    }

    /** Why the text is refused, or null when it is acceptable. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "holds half of a character (lone surrogate " + codePoint(c) + ") at position " + i
                        + ": send whole characters in UTF-8";
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return "holds the control character " + codePoint(c) + " at position " + i
                        + ": only tab and line breaks are allowed";
            } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return "holds the bidirectional control " + codePoint(c) + " at position " + i
                        + ": overrides and isolates would make the text display other than it reads";
            }
        }
        return null;
    }

    /** A client's value as an error message may repeat it: quoted, and cut to {@link #ECHO} characters. */
    public static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() > ECHO ? "'" + prefix(text, ECHO) + "…' (" + text.length() + " characters)" : "'" + text + "'";
    }

    /**
     * A message cut to {@link #MESSAGE} characters: messages may quote what a client sent (graphql-java's, the JSON
     * parser's, a driver's), and neither an answer nor a log line should grow with the size of a bad input.
     */
    public static String bounded(String message) {
        return message == null || message.length() <= MESSAGE ? message
                : prefix(message, MESSAGE) + "… (cut from " + message.length() + " characters)";
    }

    /** The first {@code length} characters, one fewer rather than half a character. */
    private static String prefix(String text, int length) {
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
