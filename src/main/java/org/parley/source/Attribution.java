package org.parley.source;

import org.parley.editing.Fields;

/**
 * The party a citation attributes its passage to. Parties cite sources, so the source package cannot name them: the
 * party package implements this, and the citation keeps the party's key.
 */
public interface Attribution {

    /** The key of the party the reference names, or null for null; NOT_FOUND or VALIDATION otherwise. */
    Long party(Fields fields, String reference, String field);
}
