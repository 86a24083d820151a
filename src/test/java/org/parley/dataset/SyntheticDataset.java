package org.parley.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a deterministic synthetic dataset in the `parley-dataset` format, for benchmarks and scale tests: the
 * same sizes always give the same file. A tool of the tests and benchmarks, not part of the application. Needs
 * nothing but the JDK, so it runs as a single source file:
 *
 * <pre>java src/test/java/org/parley/dataset/SyntheticDataset.java out.json --conflicts 50 --talks 500 \
 *     --rounds 5000 --delegations 20000 --positions 100000</pre>
 *
 * Each conflict has four parties (two belligerents, a mediator, a host), one person per party leading its
 * delegations and one more as member; talks, rounds, delegations and positions are spread evenly. A party's
 * positions cycle through every topic and kind, each superseding the party's previous one of the same topic and
 * kind, so that, as in real talks, a party holds a handful of positions at a time and a long history behind them.
 */
public final class SyntheticDataset {

    private static final int PARTIES_PER_CONFLICT = 4;
    private static final String[] ROLES = { "BELLIGERENT", "BELLIGERENT", "MEDIATOR", "HOST" };
    private static final String[] TOPICS = { "TERRITORY", "CEASEFIRE", "PRISONERS", "LEADERS_MEETING", "SANCTIONS" };
    private static final String[] KINDS = { "DEMAND", "RED_LINE", "PROPOSAL", "PRECONDITION", "REJECTION" };
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 3);

    private final int conflicts;
    private final int talks;
    private final int rounds;
    private final int delegations;
    private final int positions;
    private final Writer out;

    private SyntheticDataset(Map<String, Integer> sizes, Writer out) {
        this.conflicts = sizes.get("conflicts");
        this.talks = Math.max(sizes.get("talks"), conflicts);
        this.rounds = Math.max(sizes.get("rounds"), talks);
        this.delegations = Math.max(sizes.get("delegations"), rounds);
        this.positions = sizes.get("positions");
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args.length % 2 == 0) {
            System.err.println("usage: SyntheticDataset OUT.json [--conflicts N] [--talks N] [--rounds N] "
                    + "[--delegations N] [--positions N]");
            System.exit(2);
        }
        Map<String, Integer> sizes = new LinkedHashMap<>(Map.of("conflicts", 50, "talks", 500, "rounds", 5000,
                "delegations", 20000, "positions", 100000));
        for (int i = 1; i < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!sizes.containsKey(name)) {
                throw new IllegalArgumentException("unknown size " + args[i] + "; known: " + sizes.keySet());
            }
            sizes.put(name, Integer.parseInt(args[i + 1]));
        }
        write(Path.of(args[0]), sizes);
        System.out.println("wrote " + args[0] + " " + sizes);
    }

    public static void write(Path file, Map<String, Integer> sizes) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticDataset(sizes, writer).write();
        }
    }

    private void write() throws IOException {
        out.write("{\"format\":\"parley-dataset\",\"version\":4,\"description\":\"Synthetic data for benchmarks: not real.\",\n");
        out.write("\"sources\":[");
        for (int c = 0; c < conflicts; c++) {
            sep(c);
            out.write("{\"key\":\"s" + c + "\",\"title\":\"Synthetic report " + c + "\",\"publisher\":\"Parley bench\","
                    + "\"url\":\"https://example.org/synthetic/" + c + "\",\"publishedOn\":\"" + day(c) + "\"}");
        }
        out.write("],\n\"parties\":[");
        for (int p = 0; p < conflicts * PARTIES_PER_CONFLICT; p++) {
            sep(p);
            // an identifier in another database, as a party of real data may carry (made up, as everything here)
            out.write("{\"key\":\"p" + p + "\",\"name\":\"Party " + p + "\",\"kind\":\"STATE\"," + cites(p / PARTIES_PER_CONFLICT)
                    + ",\"externalIds\":[{\"scheme\":\"UCDP_ACTOR\",\"value\":\"" + (p + 1) + "\"," + cites(p / PARTIES_PER_CONFLICT) + "}]}");
        }
        out.write("],\n\"people\":[");
        for (int p = 0; p < conflicts * PARTIES_PER_CONFLICT * 2; p++) {
            sep(p);
            int party = p / 2;
            out.write("{\"key\":\"h" + p + "\",\"name\":\"Person " + p + "\",\"party\":\"p" + party + "\",\"offices\":[{\"title\":\"Envoy\","
                    + "\"party\":\"p" + party + "\",\"from\":\"" + day(p) + "\"," + cites(party / PARTIES_PER_CONFLICT) + "}],"
                    + cites(party / PARTIES_PER_CONFLICT) + "}");
        }
        out.write("],\n\"conflicts\":[");
        int talksDone = 0;
        int roundsDone = 0;
        int delegationsDone = 0;
        for (int c = 0; c < conflicts; c++) {
            sep(c);
            out.write("{\"key\":\"c" + c + "\",\"name\":\"Conflict " + c + "\",\"startDate\":\"" + (2000 + c % 20) + "\"," + cites(c) + ",\"participants\":[");
            for (int r = 0; r < PARTIES_PER_CONFLICT; r++) {
                sep(r);
                out.write("{\"party\":\"p" + (c * PARTIES_PER_CONFLICT + r) + "\",\"role\":\"" + ROLES[r] + "\"," + cites(c) + "}");
            }
            out.write("],\"events\":[{\"kind\":\"OTHER\",\"date\":\"" + day(c) + "\",\"description\":\"Synthetic event\","
                    + "\"figures\":[{\"quantity\":" + c + ",\"unit\":\"units\"}]," + cites(c) + "}],\"talks\":[");
            int talksHere = share(talks, conflicts, c);
            for (int t = 0; t < talksHere; t++, talksDone++) {
                sep(t);
                out.write("{\"key\":\"t" + talksDone + "\",\"name\":\"Talks " + talksDone + "\",\"host\":\"p" + (c * PARTIES_PER_CONFLICT + 3)
                        + "\",\"city\":\"City " + c + "\"," + cites(c) + ",\"rounds\":[");
                int roundsHere = share(rounds, talks, talksDone);
                for (int r = 0; r < roundsHere; r++, roundsDone++) {
                    sep(r);
                    out.write("{\"key\":\"r" + roundsDone + "\",\"number\":" + (r + 1) + ",\"date\":\"" + day(roundsDone * 7 + r)
                            + "\",\"city\":\"City " + c + "\",\"status\":\"HELD\",\"summary\":\"Synthetic round\"," + cites(c) + ",\"delegations\":[");
                    int delegationsHere = Math.min(PARTIES_PER_CONFLICT, share(delegations, rounds, roundsDone));
                    for (int d = 0; d < delegationsHere; d++, delegationsDone++) {
                        sep(d);
                        int party = c * PARTIES_PER_CONFLICT + d;
                        out.write("{\"party\":\"p" + party + "\",\"head\":\"h" + (party * 2) + "\",\"members\":[\"h" + (party * 2 + 1)
                                + "\"]," + cites(c) + "}");
                    }
                    out.write("],\"outcomes\":[{\"kind\":\"PRISONER_EXCHANGE\",\"description\":\"Synthetic outcome\"," + cites(c) + "}]}");
                }
                out.write("]}");
            }
            out.write("]}");
        }
        out.write("],\n\"positions\":[");
        int partyCount = conflicts * PARTIES_PER_CONFLICT;
        for (int i = 0; i < positions; i++) {
            sep(i);
            int party = i % partyCount;
            int nth = i / partyCount;
            out.write("{\"key\":\"x" + i + "\",\"party\":\"p" + party + "\",\"topic\":\"" + TOPICS[nth % TOPICS.length] + "\",\"kind\":\""
                    + KINDS[(nth / TOPICS.length) % KINDS.length] + "\",\"text\":\"Synthetic position " + i + "\",\"statedOn\":\""
                    + day(nth * 3) + "\",\"statedBy\":\"h" + (party * 2) + "\"");
            int combinations = TOPICS.length * KINDS.length;
            if (nth >= combinations) {
                out.write(",\"supersedes\":[\"x" + (i - combinations * partyCount) + "\"]");
            }
            out.write("," + cites(party / PARTIES_PER_CONFLICT) + "}");
        }
        out.write("]}\n");
    }

    private static int share(int total, int over, int index) {
        return total / over + (index < total % over ? 1 : 0);
    }

    private static String day(int offset) {
        return EPOCH.plusDays(offset % 9000).toString();
    }

    private static String cites(int conflict) {
        return "\"sources\":[\"s" + conflict + "\"]";
    }

    private void sep(int index) throws IOException {
        if (index > 0) {
            out.write(",");
        }
    }
}
