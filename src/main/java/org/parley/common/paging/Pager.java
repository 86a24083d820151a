package org.parley.common.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.common.Settings;
import org.parley.common.aggregate.Aggregate;
import org.parley.common.aggregate.Dimensions;
import org.parley.common.persistence.Batch;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.persistence.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.smallrye.graphql.api.Context;

import graphql.schema.DataFetchingEnvironment;

/**
 * Pages of Relay connections. From the database: one statement that seeks past the cursor by the sort keys and reads
 * one item more than the page (to tell whether another follows), and a count only when `totalCount` is asked.
 */
@ApplicationScoped
public class Pager {

    public static final String NESTED_FIRST = "At most this many items, in the order described (0 to the maximum page "
            + "size, `parley.paging.max-size`, 100 by default; 20 when absent). The root lists page through them all.";

    /**
     * An entity's Panache finder in short form, as a lambda: {@code (q, p) -> Round.find(q, p)} (a method reference
     * would bind to PanacheEntityBase, whose finders Panache does not implement).
     */
    @FunctionalInterface
    public interface Finder<T> {
        PanacheQuery<T> find(String query, Map<String, Object> parameters);
    }

    @Inject
    Settings settings;

    @Inject
    Context context;

    public <T, E extends Edge<T>, C extends RecordConnection<T, E>> C page(Finder<T> finder, Where where, SortKey<T> order, PageRequest request,
            Supplier<C> connection, Dimensions dimensions) {
        request.checkSizes(settings.paging().maxSize());
        boolean backwards = request.first() == null && request.last() != null;
        int size = request.first() != null ? request.first() : backwards ? request.last() : settings.paging().defaultSize();
        Where seek = where.copy();
        if (request.after() != null) {
            Map<String, Object> parameters = new HashMap<>();
            seek.andAll(order.after(PageRequest.keysOf(request.after(), "after", order), false, "after", parameters), parameters);
        }
        if (request.before() != null) {
            Map<String, Object> parameters = new HashMap<>();
            seek.andAll(order.after(PageRequest.keysOf(request.before(), "before", order), true, "before", parameters), parameters);
        }
        // a limit and no offset: the statement starts right after the cursor, however deep
        Map<String, Object> parameters = new HashMap<>(seek.parameters());
        parameters.put("limit", size + 1);
        List<T> rows = finder.find(seek.query(order.orderBy(backwards)) + " limit :limit", parameters).list();
        boolean more = rows.size() > size;
        List<T> items = new ArrayList<>(more ? rows.subList(0, size) : rows);
        if (backwards) {
            Collections.reverse(items);
        }
        boolean cutFront = false;
        if (!backwards && request.last() != null && items.size() > request.last()) {
            items = items.subList(items.size() - request.last(), items.size());
            cutFront = true;
        }
        List<T> page = items;
        C result = assemble(items, i -> PageRequest.cursorOf(order, order.valuesOf(page.get(i))), connection);
        result.pageInfo = pageInfo(backwards ? request.before() != null : more,
                backwards ? more : request.after() != null || cutFront, result.edges);
        result.aggregate = new Aggregate(dimensions, where);
        if (asked("totalCount")) {
            result.totalCount = (int) finder.find(where.conditions(), where.parameters()).count();
        }
        return result;
    }

    /** One page of a list already in memory (results ranked in Java, say); its cursors are offsets. */
    public <T, E extends Edge<T>, C extends Connection<T, E>> C page(List<T> all, PageRequest request, Supplier<C> connection) {
        PageRequest.Window window = request.window(all.size(), settings.paging().defaultSize(), settings.paging().maxSize());
        List<T> items = all.subList(window.start(), window.end());
        C result = assemble(items, i -> PageRequest.cursor(window.start() + i), connection);
        result.pageInfo = pageInfo(window.end() < all.size(), window.start() > 0, result.edges);
        result.totalCount = all.size();
        return result;
    }

    /**
     * Each parent's children (the rows whose many-to-one {@code parent} names it), in {@code order} (the list's own or
     * the one its `orderBy` names), cut to {@code first}: one statement for all the parents of a level, ordered by the
     * same rule as the read planner's SQL ({@link SortKey#orderBy(boolean, java.util.function.Function)}).
     */
    public <P extends DomainEntity, C> List<List<C>> children(Finder<C> finder, String parent, List<P> parents,
            Function<C, Long> parentKey, SortKey<C> order, Integer first) {
        PageRequest.check(first, "first", settings.paging().maxSize());
        if (parents.isEmpty()) {
            return List.of();
        }
        List<C> children = finder.find(parent + ".id in :parents order by " + order.orderBy(false), Map.of("parents", Batch.ids(parents)))
                .list();
        return nested(Batch.toMany(parents, children, parentKey), first);
    }

    /** A nested list of each parent cut to {@code first} items (the default page size when absent). */
    public <T> List<List<T>> nested(List<List<T>> perParent, Integer first) {
        PageRequest.check(first, "first", settings.paging().maxSize());
        int size = first == null ? settings.paging().defaultSize() : first;
        List<List<T>> cut = new ArrayList<>(perParent.size());
        for (List<T> items : perParent) {
            cut.add(items.size() <= size ? items : items.subList(0, size));
        }
        return cut;
    }

    /** Whether the connection being resolved selects this field (true when it cannot be told). */
    private boolean asked(String field) {
        try {
            DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
            return environment == null || environment.getSelectionSet().contains(field);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static <T, E extends Edge<T>, C extends Connection<T, E>> C assemble(List<T> items, IntFunction<String> cursorAt, Supplier<C> connection) {
        C result = connection.get();
        List<E> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(result.edge(cursorAt.apply(i), items.get(i)));
        }
        result.edges = edges;
        result.nodes = items;
        return result;
    }

    private static <T> PageInfo pageInfo(boolean hasNext, boolean hasPrevious, List<? extends Edge<T>> edges) {
        return new PageInfo(hasNext, hasPrevious, edges.isEmpty() ? null : edges.get(0).cursor,
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
    }
}
