package org.parley.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.parley.common.Settings;
import org.parley.common.error.UnavailableException;
import org.parley.common.web.ErrorAnswer;
import org.parley.editing.Access;
import org.parley.editing.Roles;

import io.quarkus.vertx.web.Route;
import io.smallrye.graphql.api.ErrorCode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * `GET /dataset`: the whole database as a dataset file, for an editor's token, or for anyone when
 * `PARLEY_DATASET_EXPORT_PUBLIC` is true. Streamed: the file of a large database is never held in memory whole.
 */
@ApplicationScoped
public class DatasetExportRoute {

    private static final Logger LOG = Logger.getLogger(DatasetExportRoute.class);

    @Inject
    DatasetExporter exporter;

    @Inject
    Access access;

    @Inject
    Settings settings;

    @Route(path = "/dataset", methods = Route.HttpMethod.GET, type = Route.HandlerType.BLOCKING)
    void export(RoutingContext ctx) {
        if (!settings.dataset().exportPublic()) {
            try {
                access.require(Roles.EDITOR, Roles.ADMIN);
            } catch (Access.UnauthenticatedException | Access.ForbiddenException | UnavailableException e) {
                int status = e instanceof Access.ForbiddenException ? 403 : e instanceof UnavailableException ? 503 : 401;
                ErrorAnswer.send(ctx, status, e.getClass().getAnnotation(ErrorCode.class).value(), e.getMessage(), List.of());
                return;
            }
        }
        HttpServerResponse response = ctx.response().setChunked(true)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"parley-" + LocalDate.now(ZoneOffset.UTC) + ".json\"")
                .putHeader("Cache-Control", "no-store");
        try (OutputStream out = new ResponseStream(response)) {
            Counts counts = exporter.write(out);
            LOG.infof("Exported the dataset over HTTP: %s", counts);
        } catch (IOException | RuntimeException e) {
            // the status line has gone: cutting the connection is the only way left to say the file is incomplete
            LOG.errorf("Export over HTTP failed: %s", e.toString());
            response.reset();
            return;
        }
        response.end();
    }

    /** Writes to the response in chunks of 64 KB. */
    private static final class ResponseStream extends OutputStream {

        private final HttpServerResponse response;
        private Buffer chunk = Buffer.buffer(65536);

        ResponseStream(HttpServerResponse response) {
            this.response = response;
        }

        @Override
        public void write(int b) {
            chunk.appendByte((byte) b);
            sendWhenFull();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            chunk.appendBytes(bytes, offset, length);
            sendWhenFull();
        }

        private void sendWhenFull() {
            if (chunk.length() >= 65536) {
                flush();
            }
        }

        @Override
        public void flush() {
            if (chunk.length() > 0) {
                response.write(chunk);
                chunk = Buffer.buffer(65536);
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
