package org.parley.page;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The page at / in headless Chromium (Debian package `chromium`): it must render the Istanbul rounds and the
 * sides' positions from the public API, and its screenshot must be a real, non-blank page. Skipped with a
 * message where Chromium is not installed, unless PARLEY_REQUIRE_CHROMIUM=true (set by .ci/run).
 */
@QuarkusTest
class PageTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium"));

    @TestHTTPResource("/")
    URL page;

    @Test
    void theIstanbulRoundsAndTheSidesPositionsRenderInABrowser() throws Exception {
        requireChromium();
        String dom = chromium("--dump-dom", page.toString());
        assertThat(dom, containsString("data-ready=\"true\""));
        assertThat(dom, containsString("Istanbul talks, round 1"));
        assertThat(dom, containsString("Istanbul talks, round 2"));
        assertThat(dom, containsString("Istanbul talks, round 3"));
        assertThat(dom, containsString("Rustem Umerov"));
        assertThat(dom, containsString("data-topic=\"TERRITORY\""));
        // agreements beside the timeline: where each stands, and each commitment's record
        assertThat(dom, containsString("Black Sea Grain Initiative"));
        assertThat(dom, containsString("data-stage=\"WITHDRAWN\""));
        assertThat(dom, containsString("data-state=\"kept\""));
        assertThat(dom, containsString("broken, as Russia alleges"));
        assertThat(dom, containsString("data-kind=\"AGREEMENT_STAGE\""));
        assertThat(dom, containsString("verdict-OPPOSED"));
        // how rounds were held and in what role a third party came; what a position answers and conditions
        assertThat(dom, containsString("Istanbul talks of March 2022, round 1"));
        assertThat(dom, containsString("Dolmabahçe Palace, Bilateral, In person"));
        assertThat(dom, containsString("Turkey (Hakan Fidan), Mediator"));
        assertThat(dom, containsString("answers Russia's Precondition"));
        assertThat(dom, containsString("conditions Black Sea Grain Initiative (Resumed)"));
        assertThat(dom, containsString("Russia rejects provision 1 of the Black Sea Grain Initiative"));
        // provenance: who said each statement, claims and disputes marked, the passages behind each record
        assertThat(dom, containsString("<span class=\"speaker\">Dmitry Peskov, Russia</span>: <q>It will be very difficult.</q>"));
        assertThat(dom, containsString("<span class=\"claim\">claimed by Russia</span>"));
        assertThat(dom, containsString("<q>The Russian defence ministry claimed to have seized the village of Varachyne in Sumy</q>"));
        assertThat(dom, containsString("News Central, paragraph 15 — reports a claim"));
        assertThat(dom, containsString("<span class=\"disputed\">disputed by Ukraine</span>"));
        assertThat(dom, containsString("The four regions Russia claims to have annexed"));
        // the counts the database computes, and the download of a list the page shows
        assertThat(dom, containsString("events, by year and kind</caption>"));
        assertThat(dom, containsString("positions on record, by party and kind</caption>"));
        assertThat(dom, containsString("<th>Red line</th>"));
        assertThat(dom, containsString("id=\"download-events\""));

        Path screenshot = Path.of("target", "page-" + getClass().getSimpleName() + ".png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium("--window-size=1280,2400", "--screenshot=" + screenshot, page.toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth(), is(1280));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat("distinct colours in " + screenshot, colours.size(), greaterThan(50));
    }

    /** The summary at the top, and every part below it, on the day the address names; another day, other answers. */
    @Test
    void theSummaryAndEveryPartFollowTheChosenDay() throws Exception {
        requireChromium();
        String june2025 = chromium("--dump-dom", page + "?asOf=2025-06-03");
        assertThat(june2025, containsString("data-ready=\"true\""));
        assertThat(june2025, containsString("Where things stood on 2025-06-03"));
        // the latest round by then, and what it produced
        assertThat(june2025, containsString("<li data-summary=\"latest-round\"><a href=\"#entry-"));
        assertThat(june2025, containsString(">Istanbul talks, round 2</a> — 2025-06-02, Istanbul. It produced:<ul class=\"produced\"><li><strong>Prisoner exchange</strong>:"));
        // where each agreement stood: the grain deal withdrawn, the memorandum still signed (it expired in July 2025)
        assertThat(june2025, containsString("data-summary-stage=\"WITHDRAWN\"><a href=\"#agreement-"));
        assertThat(june2025, containsString("data-summary-stage=\"SIGNED\"><a href=\"#agreement-"));
        assertThat(june2025, not(containsString("data-summary-stage=\"EXPIRED\"")));
        // the commitments by their last report by then, the open precondition, the opposed topics
        assertThat(june2025, containsString("data-summary-counts=\"kept:2,broken:2,no report:5\""));
        assertThat(june2025, containsString("data-summary-precondition=\"Black Sea Grain Initiative\""));
        assertThat(june2025, containsString("data-summary-opposed=\"CEASEFIRE\"><a href=\"#topic-CEASEFIRE\">"));
        assertThat(june2025, containsString("id=\"topic-CEASEFIRE\""));
        // the positions standing then, topic by party, and the verdict linking to its reasons; the agreements' boards
        assertThat(june2025, containsString("<td data-cell=\"CEASEFIRE/Russia\">Precondition ×2</td>"));
        assertThat(june2025, containsString("<td data-cell=\"CEASEFIRE/United States\">Proposal</td>"));
        assertThat(june2025, containsString("<a href=\"#topic-CEASEFIRE\" class=\"verdict verdict-OPPOSED\">OPPOSED</a>"));
        assertThat(june2025, containsString("<span class=\"kept kept-broken\">broken, as Russia, Ukraine allege</span>"));
        // the drawn timeline marks every entry of the list, up to that day
        java.util.regex.Matcher items = java.util.regex.Pattern.compile("data-items=\"(\\d+)\"").matcher(june2025);
        assertThat(items.find(), is(true));
        assertThat(Integer.parseInt(items.group(1)), is(june2025.split("<li id=\"entry-", -1).length - 1));
        assertThat(Integer.parseInt(items.group(1)), greaterThan(40));
        assertThat(june2025, containsString("aria-label=\"2025-06-02, Round: "));
        // the timeline stops at that day
        assertThat(june2025, containsString("Istanbul talks, round 2"));
        assertThat(june2025, not(containsString("US-brokered talks of 2025, round 11")));
        Path phone = Path.of("target", "page-phone-2025-06-03.png").toAbsolutePath(); // for a human to look at
        Files.deleteIfExists(phone);
        chromium("--window-size=375,2400", "--screenshot=" + phone, page + "?asOf=2025-06-03");
        assertThat(ImageIO.read(phone.toFile()).getWidth(), is(375));

        String august2022 = chromium("--dump-dom", page + "?asOf=2022-08-15");
        assertThat(august2022, containsString("Where things stood on 2022-08-15"));
        assertThat(august2022, containsString(">Istanbul talks of March 2022, round 1</a> — 2022-03-29"));
        assertThat(august2022, containsString("data-summary-stage=\"SIGNED\""));
        assertThat(august2022, not(containsString("data-summary-stage=\"WITHDRAWN\"")));
        assertThat(august2022, not(containsString("data-stage=\"WITHDRAWN\"")));
        assertThat(august2022, not(containsString("Istanbul talks, round 2")));
        assertThat(august2022, containsString("data-summary-counts=\"no report:3\""));
    }

    private static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            String why = CHROMIUM + " is not installed (apt-get install chromium)";
            if (Boolean.parseBoolean(System.getenv("PARLEY_REQUIRE_CHROMIUM"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why + ": the page test is skipped");
        }
    }

    /** Runs headless Chromium as this kind of machine needs it (no sandbox as root, no background networking). */
    private static String chromium(String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("parley-chromium");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--virtual-time-budget=15000"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("parley-chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s");
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
