package org.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No package of the application depends, through others, on itself: features depend on `common` and on features
 * below them (conflict on party, every fact on source), never back. Read off the source's references to
 * `org.parley.<package>.<Type>`.
 */
class PackageCyclesTest {

    private static final Path ROOT = Path.of("src/main/java/org/parley");
    private static final Pattern REFERENCE = Pattern.compile("org\\.parley\\.([a-z.]+)\\.[A-Z]");

    @Test
    void packagesFormNoCycle() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String own = ROOT.relativize(file.getParent()).toString().replace('/', '.');
                Matcher reference = REFERENCE.matcher(read(file));
                while (reference.find()) {
                    if (!reference.group(1).equals(own)) {
                        uses.computeIfAbsent(own, p -> new TreeSet<>()).add(reference.group(1));
                    }
                }
            });
        }
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            pathBack(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>(), cycles);
        }
        assertEquals(List.of(), cycles, "package cycles: " + uses);
    }

    /** Adds to {@code cycles} a path from {@code at} back to {@code start}, when one exists. */
    private static void pathBack(String start, String at, Map<String, Set<String>> uses, List<String> path,
            Set<String> seen, List<String> cycles) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (seen.add(next)) {
                path.add(next);
                pathBack(start, next, uses, path, seen, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
