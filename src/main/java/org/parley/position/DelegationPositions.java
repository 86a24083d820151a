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
import org.parley.talks.Delegation;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a delegation's party held on its round's date: Delegation's `positions` and `redLines`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class DelegationPositions {

    @Inject
    Pager pager;

    @Name("positions")
    @Description("The positions of the delegation's party in force on the round's date (or on `asOf`): stated by then "
            + "and not superseded by then.")
    public List<@NonNull List<@NonNull Position>> delegationPositions(@Source List<Delegation> delegations,
            @Description(PositionGraphQLApi.AS_OF + " Absent: on the round's date.") PartialDate asOf,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.nested(Batch.toManyPairs(delegations, Position.inForceAtRoundsOf(Batch.ids(delegations), null, PartialDate.endOf(asOf),
                PositionGraphQLApi.ORDER.chosen(orderBy))), first);
    }

    @Name("redLines")
    @Description("The red lines of the delegation's party in force on the round's date (or on `asOf`): its `positions` "
            + "of kind RED_LINE.")
    public List<@NonNull List<@NonNull Position>> redLines(@Source List<Delegation> delegations,
            @Description(PositionGraphQLApi.AS_OF + " Absent: on the round's date.") PartialDate asOf,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.nested(Batch.toManyPairs(delegations, Position.inForceAtRoundsOf(Batch.ids(delegations), PositionKind.RED_LINE,
                PartialDate.endOf(asOf), PositionGraphQLApi.ORDER.chosen(orderBy))), first);
    }
}
