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
import org.parley.talks.Round;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Positions stated at a round: Round's `positions`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class RoundPositions {

    @Inject
    Pager pager;

    @Name("positions")
    @Description("Positions stated at this round.")
    public List<@NonNull List<@NonNull Position>> roundPositions(@Source List<Round> rounds,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.children((q, p) -> Position.find(q, p), "round", rounds, p -> p.round.id, PositionGraphQLApi.ORDER.chosen(orderBy), first);
    }
}
