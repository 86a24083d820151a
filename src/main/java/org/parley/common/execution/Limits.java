package org.parley.common.execution;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on the work one request may ask for, whatever its transport (docs/deployment.md lists the variables). */
@ConfigMapping(prefix = "parley.limits")
public interface Limits {

    /** Aliases in one document: each lets a small document repeat a costly field. */
    @WithDefault("30")
    int maxAliases();

    /**
     * Estimated objects in an answer, before any SQL runs: the product of the page sizes down each path of lists,
     * summed over the lists (GitHub's node limit).
     */
    @WithDefault("50000")
    int maxNodes();

    /**
     * Wall-clock time of one request; past it the answer is LIMIT_EXCEEDED, and on PostgreSQL its running statement
     * is cancelled.
     */
    @WithDefault("5s")
    Duration maxRequestTime();
}
