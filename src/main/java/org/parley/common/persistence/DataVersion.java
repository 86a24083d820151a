package org.parley.common.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * A number that every committed write advances, kept in the database (sequence data_version_seq) so that every
 * instance on it reads the same one: what an anonymous GET answers can only have changed when it has.
 * <p>
 * It advances right after the write commits, before the write's answer leaves, so a client that wrote and then
 * revalidates sees a new number. A sequence takes no lock: advancing a counter row inside each write's transaction
 * made concurrent writes on PostgreSQL commit one after another (half the throughput at 16 connections). The price:
 * for the moment between a write's commit and the advance, a revalidation can still be told 304; and a process that
 * dies in that moment, or a database crash that forgets the last numbers it handed out, would leave the number
 * behind the data. So every start skips {@link #STEP_AT_START} numbers ahead.
 */
@ApplicationScoped
public class DataVersion {

    /** Numbers skipped at each start: more than a crash can have handed out and then forgotten. */
    static final int STEP_AT_START = 1000;

    private static final Logger LOG = Logger.getLogger(DataVersion.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    private final String next;
    private final String current;
    private final boolean oneTrip;
    private final String skip;

    /** The connection that advances the number: its own, since a pooled one may be all taken by the writers. */
    private Connection advancing;

    DataVersion(Database database) {
        oneTrip = database == Database.POSTGRESQL;
        if (database == Database.POSTGRESQL) {
            next = "select nextval('data_version_seq')";
            current = "select last_value from data_version_seq";
            skip = "select nextval('data_version_seq') from generate_series(1, " + STEP_AT_START + ")";
        } else {
            next = "select next value for data_version_seq";
            // the value the next call would take: H2 keeps no last value outside the session that took it
            current = "select base_value from information_schema.sequences where sequence_schema = current_schema "
                    + "and sequence_name = 'DATA_VERSION_SEQ'";
            skip = "select next value for data_version_seq from system_range(1, " + STEP_AT_START + ")";
        }
    }

    /** Advances the number once the current transaction commits (once however many records it writes). */
    public void advance() {
        if (transactions.getResource(DataVersion.class) == null) {
            transactions.putResource(DataVersion.class, Boolean.TRUE);
            AfterCommit.run(transactions, () -> run(next));
        }
    }

    /** Skips ahead past any number handed out before this start (called once the database is migrated). */
    public void skipAhead() {
        run(skip);
    }

    /** The number for what is committed now. Blocking: call it from a worker thread. */
    public long current() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return currentOn(connection);
        }
    }

    /** The query that reads the number: one column, one row. */
    public String query() {
        return current;
    }

    /**
     * Whether {@link #query} may precede another query in one prepared statement, read in the same round trip
     * (PostgreSQL's driver sends them together; H2 prepares one statement at a time, and has no round trip to save).
     */
    public boolean readInOneTrip() {
        return oneTrip;
    }

    /** The same, read on a connection the caller holds. */
    public long currentOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(current)) {
            if (!result.next()) {
                throw new IllegalStateException("no sequence data_version_seq: was migration V8 applied?");
            }
            return result.getLong(1);
        }
    }

    /** Runs one advancing statement; the write it follows has committed, so a failure is logged, not thrown. */
    private synchronized void run(String sql) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                if (advancing == null || advancing.isClosed()) {
                    advancing = DirectConnection.open(dataSource);
                    advancing.setAutoCommit(true);
                }
                try (Statement statement = advancing.createStatement()) {
                    statement.execute(sql);
                }
                return;
            } catch (SQLException | RuntimeException e) {
                close();
                if (attempt == 2) {
                    LOG.error("The data version did not advance: anonymous GET answers may be revalidated as unchanged "
                            + "until the next write or restart: " + e);
                }
            }
        }
    }

    @PreDestroy
    synchronized void close() {
        if (advancing != null) {
            try {
                advancing.close();
            } catch (SQLException e) {
                // closing a connection that failed
            }
            advancing = null;
        }
    }
}
