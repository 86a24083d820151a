package org.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A `@GraphQLApi` class that only adds fields to other types (no root query, mutation or subscription) is not always
 * registered for reflection by Quarkus, and the native executable then fails every request that reaches it while
 * the JVM build passes (docs/deployment.md, "What the native build needs"): each such class must say
 * `@RegisterForReflection`. Read off the source, so the JVM suite catches it before a native build.
 */
class ResolverRegistrationTest {

    private static final Path ROOT = Path.of("src/main/java/org/parley");

    @Test
    void classesThatOnlyAddFieldsAreRegisteredForReflection() throws IOException {
        List<String> unregistered;
        try (Stream<Path> files = Files.walk(ROOT)) {
            unregistered = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                String source = read(f);
                return source.contains("\n@GraphQLApi") && !source.contains("@Query(") && !source.contains("@Mutation(")
                        && !source.contains("@Subscription(") && !source.contains("@RegisterForReflection");
            }).map(f -> ROOT.relativize(f).toString()).sorted().toList();
        }
        assertEquals(List.of(), unregistered);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
