package org.parley.common.error;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.ErrorCode;

/** A write met a state it was not meant for: a stale version, or a record other facts still refer to. */
@ErrorCode("CONFLICT")
@RegisterForReflection
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
