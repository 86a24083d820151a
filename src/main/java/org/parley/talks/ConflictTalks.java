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
import org.parley.conflict.Conflict;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The talks addressing a conflict: Conflict's `talks`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class ConflictTalks {

    @Inject
    Pager pager;

    @Name("talks")
    @Description("Negotiation processes within this conflict.")
    public List<@NonNull List<@NonNull Talks>> conflictTalks(@Source List<Conflict> conflicts,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull TalksOrder> orderBy) {
        return pager.children((q, p) -> Talks.find(q, p), "conflict", conflicts, t -> t.conflict.id, TalksGraphQLApi.ORDER.chosen(orderBy), first);
    }
}
