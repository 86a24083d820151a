package org.parley.editing;

import org.parley.common.persistence.DomainEntity;

/** A mutation input that knows how to write itself onto its record. */
public interface EntityInput<E extends DomainEntity> {

    /** Copies every field onto the record, resolving ids and dates through {@code fields}. */
    void writeTo(E entity, Fields fields);
}
