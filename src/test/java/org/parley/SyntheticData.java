package org.parley;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.parley.dataset.SyntheticDataset;

/** Test profiles that start the application on a generated dataset instead of the bundled one. */
public final class SyntheticData {

    private SyntheticData() {
    }

    /** Writes the dataset of these sizes under target/ and returns the settings that load it, plus {@code more}. */
    public static Map<String, String> loaded(String fileName, Map<String, Integer> sizes, String... more) {
        try {
            Path file = Files.createDirectories(Path.of("target")).resolve(fileName);
            SyntheticDataset.write(file, sizes);
            Map<String, String> settings = new HashMap<>(Map.of("parley.dataset.path", file.toString()));
            for (int i = 0; i < more.length; i += 2) {
                settings.put(more[i], more[i + 1]);
            }
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
