package org.parley.common.persistence;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database Parley runs on, decided once from {@code quarkus.datasource.db-kind} (fixed when the application is
 * built), and what differs between the two it supports. Every place whose behaviour depends on the kind asks this
 * instead of reading the property: the change feeds, the data version, text search, statement timeouts and the read
 * planner's SQL dialect.
 */
public enum Database {
    /** Embedded H2: one instance owns the file (or the memory). */
    H2,
    /** PostgreSQL: any number of instances share it. */
    POSTGRESQL;

    /** The kind Quarkus names; any other is refused, since no SQL here is written for it. */
    public static Database of(String dbKind) {
        return switch (dbKind) {
            case "h2" -> H2;
            case "postgresql" -> POSTGRESQL;
            default -> throw new IllegalStateException("quarkus.datasource.db-kind=" + dbKind + ": Parley runs on h2 or postgresql");
        };
    }

    /** Whether other instances may write to it, so that each write is announced through it (LISTEN/NOTIFY). */
    public boolean shared() {
        return this == POSTGRESQL;
    }

    /**
     * Whether a JDBC query timeout is worth setting on each statement. H2 runs {@code SET QUERY_TIMEOUT} for every
     * {@code setQueryTimeout}, and any SET bumps its metadata version: every prepared statement and cached result of
     * the database is thrown away (the positions page fell from 951 to 69 req/s). On H2 a watcher cancels instead.
     */
    public boolean takesStatementTimeouts() {
        return this == POSTGRESQL;
    }

    /** Whether it ranks text matches itself (PostgreSQL's full-text search); else substrings, ranked in Java. */
    public boolean fullText() {
        return this == POSTGRESQL;
    }

    /** The one bean of the kind. */
    @Singleton
    static class Kind {
        @Produces
        @Singleton
        Database database(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
            return of(dbKind);
        }
    }
}
