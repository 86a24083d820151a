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
}
