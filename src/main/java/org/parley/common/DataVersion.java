package org.parley.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

import io.agroal.api.AgroalDataSource;

/**
 * A number that every committed write advances, kept in the database (table data_version) so that every instance on
 * it reads the same one: what an anonymous GET answers can only have changed when it has. A write takes the row's
 * lock when it advances it, as late as it can, and holds it until it commits: writes commit one after another.
 */
@ApplicationScoped
public class DataVersion {

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    /** Advances the version with the current transaction (once however many records it writes): kept iff it commits. */
    public void advance() {
        if (transactions.getResource(DataVersion.class) == null) {
            transactions.putResource(DataVersion.class, Boolean.TRUE);
            // on the transaction's connection, past Hibernate: a native query would make it treat every entity as
            // changed (a synthetic dataset load took a quarter longer)
            em.unwrap(Session.class).doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("update data_version set version = version + 1 where id = 1");
                }
            });
        }
    }

    /** The version of what is committed now. Blocking: call it from a worker thread. */
    public long current() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select version from data_version where id = 1")) {
            if (!result.next()) {
                throw new IllegalStateException("table data_version has no row: was migration V7 applied?");
            }
            return result.getLong(1);
        }
    }
}
