package org.parley.editing;

import java.util.List;

import org.parley.common.error.FieldError;
import org.parley.common.persistence.DomainEntity;

/**
 * The identifiers in other databases a write records beside its record, done by the identifier package
 * (identifier/ExternalIds), which owns them: editing knows that a record may carry them, not how.
 */
public interface Identifying {

    /** What is wrong with the input's identifiers (a malformed one, one not cited), to report with its other errors. */
    List<FieldError> check(Object input, Fields fields);

    /** Records the input's identifiers; for an existing record ({@code created} false) a list given replaces its own. */
    void write(DomainEntity subject, Object input, Fields fields, boolean created);

    /** Deletes the record's identifiers, before the record itself. */
    void deleteAll(DomainEntity subject);
}
