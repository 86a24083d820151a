package org.parley.source;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bundled dataset's quotes are the words of their sources: every quote of a source whose text Parley holds
 * (src/test/resources/sources/&lt;source key&gt;.txt) appears in that text, part by part where ` … ` leaves words out,
 * whatever the spacing and the quote marks; and every citation of such a source has its quote.
 */
class QuotesTest {

    private static final Path DATASET = Path.of("src/main/resources/dataset/istanbul-2025.json");
    private static final Path TEXTS = Path.of("src/test/resources/sources");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Spacing and the typographic forms of quote marks, apostrophes and dashes do not count. */
    static String normal(String text) {
        String plain = text.replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'").replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
                .replaceAll("[\u2013\u2014]", "-").replace('\u00A0', ' ');
        return SPACE.matcher(plain).replaceAll(" ").strip();
    }

    /** Whether the quote's parts appear in the text, in their order. */
    static boolean appearsIn(String quote, String text) {
        String held = normal(text);
        int at = 0;
        for (String part : quote.split(" … ")) {
            int found = held.indexOf(normal(part), at);
            if (found < 0) {
                return false;
            }
            at = found + normal(part).length();
        }
        return true;
    }

    @Test
    void matchingIgnoresSpacingAndQuoteMarksButNotWords() {
        String text = "Peskov said: \u201cIt will be very   difficult,\u201d he remarked.\nKyiv\u2019s hope remains.";
        assertTrue(appearsIn("\"It will be very difficult,\" he remarked.", text));
        assertTrue(appearsIn("Peskov said: … Kyiv's hope", text));
        assertFalse(appearsIn("It will be very easy", text));
        assertFalse(appearsIn("Kyiv's hope … Peskov said", text), "parts are found in their order");
    }

    @Test
    void everyQuoteOfAHeldSourceIsInItsText() throws IOException {
        Map<String, String> texts = heldTexts();
        List<String> wrong = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Cited citation : citations(new ObjectMapper().readTree(DATASET.toFile()), "", new ArrayList<>())) {
            String text = texts.get(citation.source);
            if (citation.quote != null && citation.quote.length() > org.parley.source.Citation.QUOTE_LENGTH) {
                wrong.add(citation.path + ": longer than " + org.parley.source.Citation.QUOTE_LENGTH + " characters");
            }
            if (text == null) {
                continue;
            }
            if (citation.quote == null) {
                missing.add(citation.path + " cites " + citation.source + " without its passage");
            } else if (!appearsIn(citation.quote, text)) {
                wrong.add(citation.path + ": not in " + citation.source + ": " + citation.quote);
            } else {
                checked++;
            }
        }
        assertThat(wrong, empty());
        assertThat(missing, empty());
        assertThat(checked, greaterThan(60));
    }

    private record Cited(String path, String source, String quote) {
    }

    /** Every citation of the file, plain ones (in `sources`) without a quote. */
    private static List<Cited> citations(JsonNode node, String path, List<Cited> into) {
        if (node.isObject()) {
            if (!path.isEmpty() && !path.endsWith("sources")) { // the file's own sources section is not cited
                node.path("sources").forEach(s -> into.add(new Cited(path, s.asText(), null)));
                node.path("citations").forEach(c -> into.add(new Cited(path, c.path("source").asText(),
                        c.hasNonNull("quote") ? c.get("quote").asText() : null)));
            }
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("citations") && !(f.getKey().equals("sources") && !path.isEmpty())) {
                    citations(f.getValue(), path + "." + f.getKey(), into);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                citations(node.get(i), path + "[" + i + "]", into);
            }
        }
        return into;
    }

    private static Map<String, String> heldTexts() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(TEXTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.put(file.getFileName().toString().replace(".txt", ""), Files.readString(file));
            }
        }
        assertFalse(texts.isEmpty(), "no source text held under " + TEXTS);
        return texts;
    }
}
