package org.parley.common;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.ErrorCode;

/** A well-formed id names nothing stored. */
@ErrorCode("NOT_FOUND")
@RegisterForReflection
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
