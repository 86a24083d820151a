package org.parley.source;

import java.util.Collection;
import java.util.List;

import org.parley.common.persistence.DomainEntity;
import org.parley.editing.Resolver;

/**
 * How an input made from a stored record (an export) names the records it refers to and the sources the record
 * cites: the inverse of {@link Resolver}.
 */
public interface Naming {

    /** The name of the record, or null for null. */
    String of(DomainEntity record);

    /** The names of the records, in their order. */
    default List<String> of(Collection<? extends DomainEntity> records) {
        return records.stream().map(this::of).toList();
    }

    /** The names of the sources the record cites without more to say (no passage, supporting, attributed to none). */
    List<String> sourcesOf(DomainEntity record);

    /** The record's other citations, in full. */
    List<CitationInput> citationsOf(DomainEntity record);
}
