package org.parley.common.value;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** The text every argument must pass, and how much of a client's value a message repeats. */
class TextRulesTest {

    @Test
    void ordinaryTextInAnyScriptPasses() {
        for (String text : new String[] { "Istanbul", "Стамбул", "إسطنبول\u200F", "line one\nline two\r\n\ttabbed",
                "emoji 🕊 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "" }) {
            assertThat(text, TextRules.problem(text), is(nullValue()));
        }
    }

    @Test
    void controlCharactersAreRefusedWithTheirPosition() {
        assertThat(TextRules.problem("A\u0000B"), containsString("control character U+0000 at position 1"));
        assertThat(TextRules.problem("\u001b[2J"), containsString("U+001B at position 0"));
        assertThat(TextRules.problem("del\u007f"), containsString("U+007F"));
        assertThat(TextRules.problem("c1\u0085"), containsString("U+0085"));
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreRefusedButMarksPass() {
        assertThat(TextRules.problem("abc\u202Edef"), containsString("bidirectional control U+202E"));
        assertThat(TextRules.problem("\u2066x\u2069"), containsString("U+2066"));
        assertThat(TextRules.problem("\u200Eleft-to-right mark"), is(nullValue()));
    }

    @Test
    void halfACharacterIsRefused() {
        assertThat(TextRules.problem("AFP \uD800"), containsString("lone surrogate U+D800) at position 4"));
        assertThat(TextRules.problem("\uDC00 first"), containsString("lone surrogate U+DC00) at position 0"));
        assertThat(TextRules.problem("\uD83D\uDD4A"), is(nullValue()));
    }

    @Test
    void anEchoIsCutAndSaysHowLongTheValueWas() {
        assertThat(TextRules.echo("short"), is("'short'"));
        String long90k = "9".repeat(90_000);
        assertThat(TextRules.echo(long90k), is("'" + "9".repeat(TextRules.ECHO) + "…' (90000 characters)"));
        // never cut between the two halves of a character
        String emoji = "x".repeat(TextRules.ECHO - 1) + "🕊🕊";
        assertThat(TextRules.echo(emoji), is("'" + "x".repeat(TextRules.ECHO - 1) + "…' (" + emoji.length() + " characters)"));
    }
}
