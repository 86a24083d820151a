package org.parley.conflict;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.paging.Pager;
import org.parley.common.persistence.Batch;
import org.parley.party.Party;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The conflicts a party takes part in: Party's `conflicts`, owned here with Participant (party does not depend on conflict). */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class PartyConflicts {

    @Inject
    Pager pager;

    @Name("conflicts")
    @Description("The conflicts this party takes part in, each with its role.")
    public List<@NonNull List<@NonNull Participant>> participations(@Source List<Party> parties,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(Batch.toMany(parties, Participant.ofParties(Batch.ids(parties)), p -> p.party.id), first);
    }
}
