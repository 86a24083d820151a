package org.parley.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Runs a Panache query as one page of a Relay connection: one count statement and one page statement. */
@ApplicationScoped
public class Pager {

    @ConfigProperty(name = "parley.paging.default-size", defaultValue = "20")
    int defaultSize;

    @ConfigProperty(name = "parley.paging.max-size", defaultValue = "100")
    int maxSize;

    public <T, C extends Connection<T>> C page(PanacheQuery<T> query, PageRequest request, Supplier<C> connection) {
        long total = query.count();
        PageRequest.Window window = request.window(total, defaultSize, maxSize);
        List<T> items = window.size() == 0 ? List.of() : query.range(window.start(), window.end() - 1).list();
        return assemble(total, window, items, connection);
    }

    /** One page of a list already in memory (results ranked in Java, say). */
    public <T, C extends Connection<T>> C page(List<T> all, PageRequest request, Supplier<C> connection) {
        PageRequest.Window window = request.window(all.size(), defaultSize, maxSize);
        return assemble(all.size(), window, all.subList(window.start(), window.end()), connection);
    }

    private static <T, C extends Connection<T>> C assemble(long total, PageRequest.Window window, List<T> items,
            Supplier<C> connection) {
        List<Edge<T>> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(new Edge<>(PageRequest.cursor(window.start() + i), items.get(i)));
        }
        C result = connection.get();
        result.totalCount = (int) total;
        result.edges = edges;
        result.nodes = items;
        result.pageInfo = new PageInfo(window.start() + items.size() < total, window.start() > 0,
                edges.isEmpty() ? null : edges.get(0).cursor,
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
        return result;
    }
}
