package org.parley.editing;

import org.parley.common.persistence.DomainEntity;

/**
 * How an input names the records it refers to: by global id in a mutation, by key in a dataset file. The rest of
 * the write path is the same for both.
 */
public interface Resolver {

    /** The record the reference names, or null when it names none; InvalidInputException when it is malformed. */
    <T extends DomainEntity> T find(Class<T> type, String reference);

    /** What a reference is, for messages: "id" or "key". */
    String naming();
}
