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
import org.parley.party.Party;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A party's positions and red lines: Party's `positions` and `redLines`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class PartyPositions {

    @Inject
    Pager pager;

    @Name("positions")
    @Description("Positions this party has stated, oldest first: all of them, superseded ones included (see `inForce`), "
            + "or with `asOf` those standing on that date. Filter with the root `positions` query.")
    public List<@NonNull List<@NonNull Position>> partyPositions(@Source List<Party> parties,
            @Description(PositionGraphQLApi.AS_OF) PartialDate asOf,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.nested(Batch.toMany(parties, Position.ofParties(Batch.ids(parties), PartialDate.endOf(asOf), PositionGraphQLApi.ORDER.chosen(orderBy)), p -> p.party.id), first);
    }

    @Name("redLines")
    @Description("This party's red lines in force today (not superseded), or with `asOf` on that date, oldest first.")
    public List<@NonNull List<@NonNull Position>> partyRedLines(@Source List<Party> parties,
            @Description(PositionGraphQLApi.AS_OF) PartialDate asOf,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.nested(Batch.toMany(parties, Position.redLinesOf(Batch.ids(parties), PartialDate.endOf(asOf), PositionGraphQLApi.ORDER.chosen(orderBy)),
                p -> p.party.id), first);
    }
}
