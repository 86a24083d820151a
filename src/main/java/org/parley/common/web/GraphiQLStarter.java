package org.parley.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.vertx.ext.web.Router;

/**
 * GraphiQL at `/q/graphql-ui/` opens on a starter document (graphiql/starter.graphql) rather than an empty editor:
 * the bare address redirects to the same page with the document as its `query` parameter, which SmallRye's GraphiQL
 * reads. An address that already carries parameters (a shared link, `?embed`) is left alone.
 */
@ApplicationScoped
public class GraphiQLStarter {

    static final String PATH = "/q/graphql-ui/";
    static final String STARTER = "graphiql/starter.graphql";

    /** Whether this build serves GraphiQL at all (always in dev and test; in production by PARLEY_GRAPHIQL). */
    @ConfigProperty(name = "quarkus.smallrye-graphql.ui.always-include", defaultValue = "false")
    boolean alwaysIncluded;

    void install(@Observes Router router) {
        if (!alwaysIncluded && LaunchMode.current() == LaunchMode.NORMAL) {
            return;
        }
        String location = PATH + "?query=" + URLEncoder.encode(starter(), StandardCharsets.UTF_8).replace("+", "%20");
        router.get(PATH).order(Integer.MIN_VALUE + 2).handler(ctx -> {
            if (ctx.request().query() == null || ctx.request().query().isEmpty()) {
                ctx.response().setStatusCode(302).putHeader("Location", location).end();
            } else {
                ctx.next();
            }
        });
    }

    private static String starter() {
        try (InputStream in = GraphiQLStarter.class.getClassLoader().getResourceAsStream(STARTER)) {
            if (in == null) { // a packaging fault (native resources), not something to start without noticing
                throw new IllegalStateException(STARTER + " is not in the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
