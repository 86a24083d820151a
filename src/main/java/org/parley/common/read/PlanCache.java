package org.parley.common.read;

import graphql.language.Document;

/**
 * Where plans wait for the next request that asks the same: beside their parsed document, bounded with it by the
 * memory they take, and gone when it goes (common/execution/Documents keeps both).
 */
public interface PlanCache {

    /** The plan kept under {@code key} for this document, or null. */
    Object plan(Document document, Object key);

    /** Keeps a plan of about {@code bytes} for this document, while the document itself is kept. */
    void keep(Document document, Object key, Object plan, long bytes);
}
