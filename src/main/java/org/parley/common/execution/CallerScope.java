package org.parley.common.execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * What SmallRye's own HTTP handler sets up before it runs a request, for the transports that hand SmallRye their
 * operations themselves (the WebSocket, CSV answers): the caller and the request in the active request scope, and the
 * metadata its execution reads.
 */
final class CallerScope {

    private CallerScope() {
    }

    /** In the active {@code scope}: the caller of {@code ctx} and its request; returns SmallRye's metadata for it. */
    static Map<String, Object> enter(RoutingContext ctx, ManagedContext scope, CurrentIdentityAssociation identities,
            CurrentVertxRequest currentRequest) {
        QuarkusHttpUser user = (QuarkusHttpUser) ctx.user();
        if (user != null) {
            identities.setIdentity(user.getSecurityIdentity());
        } else {
            identities.setIdentity(QuarkusHttpUser.getSecurityIdentity(ctx, null));
        }
        currentRequest.setCurrent(ctx);
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : ctx.request().headers().names()) {
            headers.put(name, ctx.request().headers().getAll(name));
        }
        Map<String, Object> metaData = new ConcurrentHashMap<>();
        metaData.put("runBlocking", Boolean.TRUE);
        metaData.put("httpHeaders", headers);
        metaData.put("state", scope.getState());
        return metaData;
    }
}
