package org.parley;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as an operator runs it, in a process of its own that a test can kill: the native
 * executable when the build made one (system property {@code native.image.path}), else the JVM jar. Its output goes
 * to a log file the test can read.
 */
public final class PackagedApp implements AutoCloseable {

    private final Map<String, String> env;
    private final Path log;
    private final int port;
    private Process process;
    private String maxHeap;
    private Path directory;

    /** An application on a free port with the development key trusted and these settings added. */
    public PackagedApp(Path log, Map<String, String> settings) {
        this.log = log;
        this.port = freePort();
        this.env = new HashMap<>(settings);
        env.put("PORT", Integer.toString(port));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", Path.of("src/dev/jwt/public-key.pem").toAbsolutePath().toString());
        env.putIfAbsent("PARLEY_LOG_JSON", "false");
    }

    /** The settings that put the database of a test in {@code h2File} (H2) or a database named {@code pgDatabase}. */
    public static Map<String, String> database(Path h2File, String pgDatabase) {
        if (TestDatabase.onPostgres()) {
            String base = TestDatabase.ADMIN_URL.substring(0, TestDatabase.ADMIN_URL.lastIndexOf('/') + 1);
            return Map.of("PARLEY_DB_URL", base + pgDatabase, "PARLEY_DB_USER", TestDatabase.ADMIN_USER);
        }
        return Map.of("PARLEY_DB_URL", "jdbc:h2:file:" + h2File.toAbsolutePath());
    }

    /** The command that runs the application, with this maximum heap (as -Xmx takes it; null: the default). */
    private static List<String> command(String maxHeap) {
        List<String> command = new ArrayList<>();
        if (isNative()) {
            command.add(Path.of(System.getProperty("native.image.path")).toAbsolutePath().toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (maxHeap != null) {
                command.add("-Xmx" + maxHeap);
            }
            command.add("-jar");
            command.add(Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString());
        }
        if (maxHeap != null && isNative()) {
            command.add("-Xmx" + maxHeap); // a native executable takes it among its arguments
        }
        return command;
    }

    /** Whether the application under test is the native executable. */
    public static boolean isNative() {
        String nativeImage = System.getProperty("native.image.path");
        return nativeImage != null && Files.isExecutable(Path.of(nativeImage));
    }

    /** Runs the application with at most this heap (as -Xmx takes it: 256m). */
    public PackagedApp withMaxHeap(String maxHeap) {
        this.maxHeap = maxHeap;
        return this;
    }

    /** Runs the application in this working directory (the test's own by default). */
    public PackagedApp inDirectory(Path directory) {
        this.directory = directory;
        return this;
    }

    /** Starts the process; returns without waiting for it to be ready. */
    public PackagedApp launch() {
        return launch(List.of());
    }

    /** Runs the application with these command-line arguments until it exits; its exit code. */
    public int run(Duration timeout, String... arguments) {
        launch(List.of(arguments));
        Integer exit = waitForExit(timeout);
        if (exit == null) {
            throw new IllegalStateException("still running after " + timeout + ": " + logText());
        }
        return exit;
    }

    private PackagedApp launch(List<String> arguments) {
        List<String> command = new ArrayList<>(command(maxHeap));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts the process and waits until it answers as ready. */
    public PackagedApp start() {
        launch();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + ": " + logText());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException("the application was not ready within 90 s: " + logText());
    }

    public Process process() {
        return process;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits for the process to end by itself; its exit code, or null when it still runs after {@code timeout}. */
    public Integer waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: the orderly shutdown a platform asks for. */
    public void terminate() {
        process.destroy();
    }

    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The log entries (their first line) that carry a Java stack trace, but for the transport's own complaints about
     * connections that clients keep opening or writing to while the server stops ({@link #TRANSPORT_AT_SHUTDOWN}):
     * Netty and Quarkus log those, about requests that never reached the application.
     */
    public List<String> stackTraces() {
        List<String> entries = new ArrayList<>();
        String header = null;
        boolean traced = false;
        for (String line : (logText() + "\n").split("\n")) {
            boolean trace = line.matches("\\s+at \\S+\\(.*\\)\\s*") || line.startsWith("Caused by: ");
            if (trace) {
                traced = true;
            } else if (!line.isBlank() && !line.matches("\\s+\\.\\.\\. \\d+ more")) {
                if (traced && header != null && TRANSPORT_AT_SHUTDOWN.stream().noneMatch(header::contains)) {
                    entries.add(header);
                }
                header = line;
                traced = false;
            }
        }
        return entries;
    }

    /** Netty's acceptor after its event loops stopped; an HTTP/2 stream a client wrote to after the server's GOAWAY. */
    private static final List<String> TRANSPORT_AT_SHUTDOWN = List.of("Failed to register an accepted channel",
            "Http2Exception: Stream");

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
