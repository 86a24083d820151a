package org.parley.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * An answer to a request that carries credentials may hold what only its sender should see (a write's result, a
 * record read with a token when reads need one): no browser, proxy or CDN may keep it.
 */
@ApplicationScoped
public class PrivateAnswers {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().getHeader("Authorization") != null) {
                ctx.response().putHeader("Cache-Control", "no-store");
            }
            ctx.next();
        });
    }
}
