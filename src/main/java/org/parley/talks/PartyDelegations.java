package org.parley.talks;

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
import org.parley.party.Party;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The delegations a party sent: Party's `delegations`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class PartyDelegations {

    @Inject
    Pager pager;

    @Name("delegations")
    @Description("Delegations this party sent, in the order recorded.")
    public List<@NonNull List<@NonNull Delegation>> partyDelegations(@Source List<Party> parties,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull DelegationOrder> orderBy) {
        return pager.children((q, p) -> Delegation.find(q, p), "party", parties, d -> d.party.id, DelegationGraphQLApi.ORDER.chosen(orderBy), first);
    }
}
