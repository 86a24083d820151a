package org.parley.agreement;

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
import org.parley.conflict.Conflict;
import org.parley.party.Party;
import org.parley.talks.Round;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Agreements seen from the records they hang on: Conflict's and Round's `agreements`, Party's `agreements` and `commitments`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class AgreementRelations {

    @Inject
    Pager pager;

    @Description("The agreements of this conflict, by name.")
    public List<@NonNull List<@NonNull Agreement>> agreements(@Source List<Conflict> conflicts,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull AgreementOrder> orderBy) {
        return pager.children((q, p) -> Agreement.find(q, p), "conflict", conflicts, a -> a.conflict.id, AgreementGraphQLApi.ORDER.chosen(orderBy), first);
    }

    @Name("agreements")
    @Description("The agreements this round produced (alone or with other rounds), by name.")
    public List<@NonNull List<@NonNull Agreement>> roundAgreements(@Source List<Round> rounds,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull AgreementOrder> orderBy) {
        return pager.nested(Batch.toManyPairs(rounds, Agreement.producedBy(Batch.ids(rounds), AgreementGraphQLApi.ORDER.chosen(orderBy))), first);
    }

    @Name("agreements")
    @Description("The agreements this party stands behind in any capacity (signatory, mediator, host...), by name.")
    public List<@NonNull List<@NonNull Agreement>> partyAgreements(@Source List<Party> parties,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull AgreementOrder> orderBy) {
        return pager.nested(Batch.toManyPairs(parties, Agreement.ofParties(Batch.ids(parties), AgreementGraphQLApi.ORDER.chosen(orderBy))), first);
    }

    @Description("The provisions that oblige this party: what it owes under the agreements it is bound by, each "
            + "agreement's together in the order recorded.")
    public List<@NonNull List<@NonNull Provision>> commitments(@Source List<Party> parties,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull ProvisionOrder> orderBy) {
        return pager.nested(Batch.toManyPairs(parties, Provision.owedBy(Batch.ids(parties), Provision.BY_AGREEMENT.chosen(orderBy))), first);
    }
}
