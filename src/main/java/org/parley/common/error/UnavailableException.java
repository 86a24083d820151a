package org.parley.common.error;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.ErrorCode;

/** The server is stopping: the request was not carried out and may be sent again (to another instance). */
@ErrorCode("UNAVAILABLE")
@RegisterForReflection
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message) {
        super(message);
    }

    /** A write whose request the stopping server has already ended: its author can no longer be known. */
    public static UnavailableException writeNotMade() {
        return new UnavailableException("The server is stopping: this write was not made. Send it again.");
    }
}
