package org.parley.common;

import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.post;
import static org.parley.GraphQLClient.vars;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;

/** The example queries in docs/queries/ must keep working: each runs against the bundled dataset without errors. */
@QuarkusTest
class DocsQueriesTest {

    @Test
    void everyDocumentedQueryRuns() throws IOException {
        String someRound = GraphQLClient.data("ids").getString("rounds.nodes[0].id");
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("docs", "queries"))) {
            files = listing.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
        }
        Assertions.assertFalse(files.isEmpty());
        for (Path file : files) {
            post(Files.readString(file), vars("id", someRound))
                    .body("errors", nullValue())
                    .body("data", notNullValue());
        }
    }
}
