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
import org.parley.agreement.Agreement;
import org.parley.agreement.Provision;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Positions linked to agreements: Provision's `positions` and Agreement's `preconditions`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class AgreementPositions {

    @Inject
    Pager pager;

    @Name("positions")
    @Description("Positions parties took on this provision (rejecting it, demanding it be carried out...), oldest first.")
    public List<@NonNull List<@NonNull Position>> provisionPositions(@Source List<Provision> provisions,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.children((q, p) -> Position.find(q, p), "provision", provisions, p -> p.provision.id, PositionGraphQLApi.ORDER.chosen(orderBy), first);
    }

    @Name("preconditions")
    @Description("Preconditions parties set on this agreement or one of its stages (`Position.conditions`), oldest first.")
    public List<@NonNull List<@NonNull Position>> agreementPreconditions(@Source List<Agreement> agreements,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.children((q, p) -> Position.find(q, p), "conditionsAgreement", agreements,
                p -> p.conditionsAgreement.id, PositionGraphQLApi.ORDER.chosen(orderBy), first);
    }
}
