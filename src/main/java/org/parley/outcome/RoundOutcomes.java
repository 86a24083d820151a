package org.parley.outcome;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.talks.Round;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a round produced: Round's `outcomes`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class RoundOutcomes {

    @Inject
    Pager pager;

    @Description("What this round produced: prisoner exchanges, returns of remains, draft terms, agreements.")
    public List<@NonNull List<@NonNull Outcome>> outcomes(@Source List<Round> rounds,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull OutcomeOrder> orderBy) {
        return pager.children((q, p) -> Outcome.find(q, p), "round", rounds, o -> o.round.id, OutcomeGraphQLApi.ORDER.chosen(orderBy), first);
    }
}
