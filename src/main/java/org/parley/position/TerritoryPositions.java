package org.parley.position;

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
import org.parley.common.persistence.Batch;
import org.parley.common.value.PartialDate;
import org.parley.territory.Territory;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Positions concerning a territory: Territory's `positions`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class TerritoryPositions {

    @Inject
    Pager pager;

    @Name("positions")
    @Description("Positions that concern this territory, oldest first; with `asOf`, those standing on that date.")
    public List<@NonNull List<@NonNull Position>> territoryPositions(@Source List<Territory> territories,
            @Description(PositionGraphQLApi.AS_OF) PartialDate asOf,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.nested(Batch.toManyPairs(territories, Position.concerning(Batch.ids(territories), PartialDate.endOf(asOf), PositionGraphQLApi.ORDER.chosen(orderBy))), first);
    }
}
