package org.parley.common;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.ErrorCode;

/** A client sent a value the API cannot accept: a malformed id, cursor, date or a contradictory argument. */
@ErrorCode("VALIDATION")
@RegisterForReflection
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
