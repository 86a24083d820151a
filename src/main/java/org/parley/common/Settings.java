package org.parley.common;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/**
 * Every `parley.*` setting, typed. Each default is given once, in application.properties, beside the environment
 * variable that overrides it; docs/deployment.md lists the variables.
 */
@ConfigMapping(prefix = "parley")
public interface Settings {

    Paging paging();

    Limits limits();

    Jwt jwt();

    Dataset dataset();

    Comparison comparison();

    Http http();

    Sockets sockets();

    /** Page sizes of connections and of nested lists. */
    interface Paging {

        /** Items of a page, or of a nested list, when the query gives neither `first` nor `last`. */
        int defaultSize();

        /** The largest `first` or `last` accepted. */
        int maxSize();
    }

    /** Bounds on the work one request may ask for, whatever its transport. */
    interface Limits {

        /** Aliases in one document: each lets a small document repeat a costly field. */
        int maxAliases();

        /** Fields one document selects (operations and fragments): validating them costs more than linear time. */
        int maxFields();

        /**
         * Estimated objects in an answer, before any SQL runs: the product of the page sizes down each path of lists,
         * summed over the lists (GitHub's node limit).
         */
        int maxNodes();

        /**
         * Wall-clock time of one request; past it the answer is LIMIT_EXCEEDED, and on PostgreSQL its running
         * statement is cancelled.
         */
        Duration maxRequestTime();

        /**
         * Memory the parsed documents kept for the next request that sends them may take, with the read plans made of
         * them, by estimate (32 bytes per character of their text, 4 per character of a plan's SQL); the least
         * recently used go first.
         */
        MemorySize documentCache();
    }

    /** How strictly bearer tokens are read (docs/editing.md). */
    interface Jwt {

        /**
         * Seconds of disagreement allowed between the issuer's clock and this server's: a token stays valid this long
         * past its `exp`, and may say it was issued (`iat`) this far ahead. Also given to SmallRye JWT as
         * mp.jwt.verify.clock.skew.
         */
        int clockSkew();
    }

    /** The data an empty database starts with, and who may export it (docs/dataset.md). */
    interface Dataset {

        /** A dataset file to load instead of the bundled one. */
        Optional<String> path();

        /** Whether an empty database is filled at start-up at all. */
        boolean load();

        /** Whether an empty in-memory H2 database takes the bundled dataset from its prepared snapshot. */
        boolean prepared();

        /** Whether `GET /dataset` answers without a token. */
        boolean exportPublic();
    }

    /** How positions are compared (docs/analysis.md). */
    interface Comparison {

        /** A rules file to use instead of the bundled comparison/rules.json. */
        Optional<String> rules();
    }

    /** GraphQL over HTTP: persisted queries, trusted documents and caching (docs/domain.md, "For frontend teams"). */
    interface Http {

        /**
         * Seconds a browser or CDN may reuse an anonymous GET answer without asking again; 0 makes it ask every time,
         * which the ETag answers with a bodiless 304 while the data has not changed.
         */
        int cacheMaxAge();

        /** Documents remembered for automatic persisted queries, per instance; the least recently used goes first. */
        int persistedQueries();

        /**
         * An allow-list of documents (an Apollo persisted-query manifest, or a Relay `{id: text}` file): when set, only
         * those run, on every transport, and nothing is registered by hash.
         */
        Optional<String> trustedDocuments();
    }

    /** What GraphQL over WebSocket may hold, per instance and per socket (docs/deployment.md). */
    interface Sockets {

        /** Sockets open at once on this instance; past it an upgrade is answered 503. */
        int maxSockets();

        /** Operations one socket runs at once (a subscription runs until it completes or the socket closes). */
        int maxOperations();

        /** Operations all sockets together run at once on this instance. */
        int maxInstanceOperations();

        /**
         * Bytes waiting to be sent to one socket past which it is watched: if it has not drained them within 10 s, or
         * as much again piles up, its client is taken not to read, and its socket is closed.
         */
        MemorySize maxPending();
    }
}
