package org.parley.common.persistence;

import jakarta.enterprise.context.ContextNotActiveException;

import org.parley.common.error.UnavailableException;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is writing, for the audit fields: the token's subject, or the application itself (loading a dataset). */
public final class Editor {

    public static final String APPLICATION = "parley";

    private Editor() {
    }

    public static String subject() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return APPLICATION;
        }
        try {
            SecurityIdentity identity = arc.instance(SecurityIdentity.class).get();
            return identity == null || identity.isAnonymous() ? APPLICATION : identity.getPrincipal().getName();
        } catch (ContextNotActiveException e) {
            // a stopping server ended the request between the check above and this read (DurabilityIT, SIGTERM)
            throw UnavailableException.writeNotMade();
        }
    }
}
