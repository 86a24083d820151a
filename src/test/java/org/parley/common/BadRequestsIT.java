package org.parley.common;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BadRequestsTest} against the packaged application, whose log is the file Quarkus writes it to. */
@QuarkusIntegrationTest
class BadRequestsIT extends BadRequestsTest {

    private static final Path LOG = Path.of("target/quarkus.log");

    private long from;

    @BeforeEach
    void logSoFar() throws IOException {
        from = Files.exists(LOG) ? Files.size(LOG) : 0;
    }

    @Override
    protected List<String> logged() {
        try (RandomAccessFile log = new RandomAccessFile(LOG.toFile(), "r")) {
            byte[] added = new byte[(int) Math.max(0, log.length() - from)];
            log.seek(from);
            log.readFully(added);
            return new String(added, StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains(" ERROR ") || line.matches("\\s+at [\\w.$]+\\(.*") || line.startsWith("Caused by"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
