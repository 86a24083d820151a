package org.parley.common.error;

import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.ErrorCode;

/**
 * A client sent a value the API cannot accept: a malformed id, cursor, date, a contradictory argument, or input
 * fields that break their rules (each listed with its path).
 */
@ErrorCode("VALIDATION")
@RegisterForReflection
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> fields;

    public InvalidInputException(String message) {
        super(message);
        this.fields = List.of();
    }

    public InvalidInputException(List<FieldError> fields) {
        super(fields.stream().map(f -> f.path() + ": " + f.message()).collect(Collectors.joining("; ")));
        this.fields = List.copyOf(fields);
    }

    /** The bad input fields; empty when the error concerns no single field. */
    public List<FieldError> fields() {
        return fields;
    }
}
