package org.parley.editing;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.parley.common.Settings;
import org.parley.common.error.UnavailableException;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.api.ErrorCode;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks the caller's token where a write needs it. Done here rather than with {@code @RolesAllowed}: a refused
 * token then becomes a GraphQL error with a code, not a bare HTTP 401 that a GraphQL client cannot read.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Settings settings;

    /** Passes when the caller's token carries one of the roles. */
    public void require(String... roles) {
        if (!Arc.container().requestContext().isActive()) {
            // the server is stopping and has already ended this request's scope: its caller can no longer be known
            throw UnavailableException.writeNotMade();
        }
        SecurityIdentity identity;
        try {
            RoutingContext http = request.getCurrent();
            if (http != null) { // Quarkus would otherwise answer a refused token with a bare 401 before our error
                http.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (ctx, cause) -> {
                });
            }
            identity = identities.getIdentity();
        } catch (ContextNotActiveException e) {
            // ended between the check above and this read, as Editor.subject() meets it too
            throw UnavailableException.writeNotMade();
        } catch (AuthenticationFailedException e) {
            throw new UnauthenticatedException("The bearer token was refused (bad signature, issuer or expiry): "
                    + "send a valid token in `Authorization: Bearer <JWT>`.");
        }
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException("This operation needs a bearer token: send `Authorization: Bearer <JWT>`.");
        }
        String subject = identity.getPrincipal().getName();
        if (subject == null || subject.isBlank()) { // the audit fields record who wrote: a token must say who
            throw new UnauthenticatedException("The bearer token names no one (`upn`, `preferred_username` or `sub`): "
                    + "a write is recorded under the name of its author.");
        }
        long now = Instant.now().getEpochSecond();
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0
                && token.getExpirationTime() + settings.jwt().clockSkew() < now) {
            // checked when the token arrived; a WebSocket keeps its identity while open, past the token's end
            throw new UnauthenticatedException("The bearer token expired at " + Instant.ofEpochSecond(token.getExpirationTime())
                    + ": send a new one (over WebSocket: open a new socket with it).");
        }
        if (identity.getPrincipal() instanceof JsonWebToken token
                && token.getIssuedAtTime() > now + settings.jwt().clockSkew()) {
            throw new UnauthenticatedException("The bearer token says it was issued in the future (`iat` "
                    + token.getIssuedAtTime() + "): check the issuer's clock.");
        }
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            throw new ForbiddenException("This operation needs role " + String.join(" or ", roles) + "; the token of '"
                    + identity.getPrincipal().getName() + "' has " + identity.getRoles() + ".");
        }
    }

    @ErrorCode("UNAUTHENTICATED")
    @RegisterForReflection
    public static class UnauthenticatedException extends RuntimeException {
        UnauthenticatedException(String message) {
            super(message);
        }
    }

    @ErrorCode("FORBIDDEN")
    @RegisterForReflection
    public static class ForbiddenException extends RuntimeException {
        ForbiddenException(String message) {
            super(message);
        }
    }
}
