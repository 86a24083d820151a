package org.parley.territory;

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

/** The territories at stake in a conflict: Conflict's `territories`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class ConflictTerritories {

    @Inject
    Pager pager;

    @Name("territories")
    @Description("Territories at stake in this conflict, by name.")
    public List<@NonNull List<@NonNull Territory>> conflictTerritories(@Source List<Conflict> conflicts,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull TerritoryOrder> orderBy) {
        return pager.children((q, p) -> Territory.find(q, p), "conflict", conflicts, t -> t.conflict.id, TerritoryGraphQLApi.ORDER.chosen(orderBy), first);
    }
}
