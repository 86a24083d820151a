package org.parley.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.h2.tools.RunScript;
import org.jboss.logging.Logger;
import org.parley.common.Settings;
import org.parley.common.persistence.DataVersion;
import org.parley.common.persistence.DirectConnection;
import org.parley.common.value.TextRules;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Brings the database to the current schema and, when it is empty, fills it, in that order, before the first
 * request. An empty in-memory H2 database (the read-only serverless mode) with the bundled dataset starts from
 * {@link #SNAPSHOT}: the result of the migrations and of loading the bundled dataset, prepared ahead (checked
 * equal by PreparedDatasetTest), so a cold start runs one script instead of every migration and the loader, and
 * neither Flyway nor the loader is started at all: what they would check (the schema's version, an empty database)
 * the script has settled, and checking it took about 30 ms of a native cold start (docs/performance.md). A
 * database file keeps the migrations and the loader, whose load is one transaction: the script's DDL commits as it
 * goes, which only a database that dies with the process can afford.
 */
@ApplicationScoped
public class DatabaseStartup {

    /** H2 script of the migrated database holding the bundled dataset. */
    public static final String SNAPSHOT = "prepared/istanbul-2025.h2.sql";

    /** The URLs of databases that die with the process. */
    private static final String IN_MEMORY = "jdbc:h2:mem:";

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);

    @Inject
    Settings settings;

    @Inject
    AgroalDataSource dataSource;

    /** Not created when the snapshot is run: Flyway's set-up and validation are work a cold start then skips. */
    @Inject
    Instance<Flyway> flyway;

    @Inject
    DatasetLoader loader;

    @Inject
    DataVersion dataVersion;

    void onStart(@Observes @Priority(1) StartupEvent event) throws Exception {
        checkOpens();
        if (settings.dataset().load() && loader.loadsBundledDataset() && settings.dataset().prepared() && importSnapshotIfEmpty()) {
            LOG.infof("Started from the prepared snapshot of the bundled dataset (%s): schema and data current", SNAPSHOT);
        } else {
            flyway.get().migrate();
            if (settings.dataset().load()) {
                loader.loadIntoEmptyDatabase(DirectConnection.url(dataSource).startsWith(IN_MEMORY));
            }
        }
        dataVersion.skipAhead();
    }

    /**
     * Opens the database once, straight through its driver, before anything else does: a database that cannot be
     * opened (a file that is locked by another process, unwritable, corrupt; a server that refuses) stops the start
     * at once with one line that says what and where, instead of the pool retrying and each retry logging a trace.
     * Before this, Hibernate has only tried once to read the database's metadata (a warning); it no longer creates
     * temporary tables while booting (application.properties), which retried for every entity.
     */
    private void checkOpens() {
        String problem;
        try (Connection connection = DirectConnection.open(dataSource)) {
            if (connection == null) {
                problem = "this build's driver (" + DirectConnection.driver(dataSource)
                        + ") does not take this url: build with PARLEY_DB_KIND set to the database's kind";
            } else {
                problem = connection.isReadOnly() ? "it opens read-only (is the file or its folder write-protected?)" : null;
            }
        } catch (SQLException e) {
            problem = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        }
        if (problem != null) {
            // Quarkus prints a ConfigurationException's message alone, without a trace, and exits with 1
            throw new ConfigurationException(TextRules.bounded("Parley cannot open its database "
                    + DirectConnection.url(dataSource) + ": " + problem));
        }
    }

    /** Runs the snapshot on an in-memory database that no migration has touched; false otherwise. */
    private boolean importSnapshotIfEmpty() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getURL().startsWith(IN_MEMORY)) {
                return false;
            }
            try (ResultSet tables = connection.createStatement().executeQuery(
                    "select count(*) from information_schema.tables where table_name = 'flyway_schema_history'")) {
                tables.next();
                if (tables.getInt(1) > 0) {
                    return false;
                }
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SNAPSHOT)) {
                if (in == null) { // a packaging fault (native resources), not a reason to start slower unnoticed
                    throw new IllegalStateException("the prepared snapshot " + SNAPSHOT + " is not in the application");
                }
                try (Reader script = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    RunScript.execute(connection, script);
                }
            }
            return true;
        }
    }
}
