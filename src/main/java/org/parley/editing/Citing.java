package org.parley.editing;

import java.util.List;

import org.parley.common.error.FieldError;
import org.parley.common.persistence.DomainEntity;

/**
 * The citations a write records beside its record, done by the source package (source/Citations), which owns them:
 * editing knows that a record is cited, not how.
 */
public interface Citing {

    /** What is wrong with the input's citations (a fact that cites nothing), to report with its other errors. */
    List<FieldError> check(Object input, Fields fields);

    /** Records the sources the input cites; for an existing record ({@code created} false) they replace its own. */
    void write(DomainEntity subject, Object input, Fields fields, boolean created);

    /** Deletes the record's citations, before the record itself. */
    void deleteAll(DomainEntity subject);
}
