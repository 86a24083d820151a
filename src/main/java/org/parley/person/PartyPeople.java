package org.parley.person;

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
import org.parley.party.Party;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A party's people and the offices within it: Party's `people` and `offices`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class PartyPeople {

    @Inject
    Pager pager;

    @Name("people")
    @Description("People of this party named by the sources, by name.")
    public List<@NonNull List<@NonNull Person>> partyPeople(@Source List<Party> parties,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PersonOrder> orderBy) {
        return pager.children((q, p) -> Person.find(q, p), "party", parties, p -> p.party.id, PersonGraphQLApi.ORDER.chosen(orderBy), first);
    }

    @Name("offices")
    @Description("Offices held in this party, earliest first.")
    public List<@NonNull List<@NonNull Office>> partyOffices(@Source List<Party> parties,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull OfficeOrder> orderBy) {
        return pager.nested(Batch.toMany(parties, Office.ofParties(Batch.ids(parties), OfficeGraphQLApi.ORDER.named(orderBy)), o -> o.party.id), first);
    }
}
