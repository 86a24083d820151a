package org.parley;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.parley.dataset.Counts;
import org.parley.dataset.DatasetExporter;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Runs the API, or with `export FILE` writes the database as a dataset file and exits (docs/deployment.md). An export
 * listens on no fixed port, so it can run beside a server on the same PostgreSQL database.
 */
@QuarkusMain
public class Parley implements QuarkusApplication {

    private static final String USAGE = "usage: parley [export FILE]";

    @Inject
    DatasetExporter exporter;

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("export")) {
            System.setProperty("quarkus.http.port", "0");
        }
        Quarkus.run(Parley.class, args);
    }

    @Override
    public int run(String... args) throws Exception {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args.length != 2 || !args[0].equals("export")) {
            System.err.println(USAGE);
            return 2;
        }
        Path file = Path.of(args[1]);
        try (OutputStream out = Files.newOutputStream(file)) {
            Counts counts = exporter.write(out);
            System.out.println("Exported " + counts.total() + " records to " + file + ": " + counts);
        }
        return 0;
    }
}
