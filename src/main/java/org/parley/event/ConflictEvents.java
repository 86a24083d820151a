package org.parley.event;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.conflict.Conflict;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A conflict's events: Conflict's `events`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class ConflictEvents {

    @Inject
    Pager pager;

    @Name("events")
    @Description("Events of this conflict, oldest first.")
    public List<@NonNull List<@NonNull Event>> conflictEvents(@Source List<Conflict> conflicts,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull EventOrder> orderBy) {
        return pager.children((q, p) -> Event.find(q, p), "conflict", conflicts, e -> e.conflict.id, EventGraphQLApi.ORDER.chosen(orderBy), first);
    }
}
