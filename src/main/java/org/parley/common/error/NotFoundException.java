package org.parley.common.error;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.ErrorCode;

/** A well-formed id names nothing stored. */
@ErrorCode("NOT_FOUND")
@RegisterForReflection
public class NotFoundException extends RuntimeException {

    private final FieldError field;

    public NotFoundException(String message) {
        super(message);
        this.field = null;
    }

    /** A reference in an input field that names nothing. */
    public NotFoundException(FieldError field) {
        super(field.path() + ": " + field.message());
        this.field = field;
    }

    /** The input field whose reference names nothing; null when the error concerns no input field. */
    public FieldError field() {
        return field;
    }
}
