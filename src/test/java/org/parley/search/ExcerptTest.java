package org.parley.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The excerpt a search hit shows: a window around the first match, escaped, the matched words marked. */
class ExcerptTest {

    @Test
    void shortTextIsWhollyShownWithMatchesMarked() {
        assertThat(Search.excerpt("Prisoner exchange agreed: 1,000 prisoners each.", List.of("prisoner")),
                is("<mark>Prisoner</mark> exchange agreed: 1,000 <mark>prisoners</mark> each."));
    }

    @Test
    void onlyWordStartsMatch() {
        assertThat(Search.excerpt("imprisoned, not prisoners", List.of("prison")),
                is("imprisoned, not <mark>prisoners</mark>"));
    }

    @Test
    void markupInTheTextIsEscaped() {
        assertThat(Search.excerpt("<b>ceasefire</b> & \"truce\"", List.of("truce")),
                is("&lt;b&gt;ceasefire&lt;/b&gt; &amp; &quot;<mark>truce</mark>&quot;"));
    }

    @Test
    void longTextIsCutAtWordsAroundTheFirstMatch() {
        String text = "word ".repeat(200) + "ceasefire " + "more ".repeat(200);
        String excerpt = Search.excerpt(text, List.of("ceasefire"));
        assertThat(excerpt, startsWith("…word "));
        assertThat(excerpt, endsWith(" more…"));
        assertThat(excerpt.contains("<mark>ceasefire</mark>"), is(true));
        assertThat(excerpt.length(), is(lessThan(260)));
    }
}
