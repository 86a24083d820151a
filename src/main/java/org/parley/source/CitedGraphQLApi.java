package org.parley.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.paging.Pager;
import org.parley.common.persistence.Batch;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What backs every cited record (`Cited`): its sources, its citations, whether one disputes it. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class CitedGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    CitationsRead citations;

    @Description(Sources.SOURCES)
    public List<@NonNull List<@NonNull SourceDocument>> sources(@Source List<Cited> records,
            @Description(Pager.NESTED_FIRST) Integer first) {
        List<List<SourceDocument>> sources = citations.of(records).stream()
                .map(cs -> cs.stream().map(c -> Batch.unproxy(c.source)).toList()).toList();
        return pager.nested(sources, first);
    }

    @Description(Sources.CITATIONS)
    public List<@NonNull List<@NonNull Citation>> citations(@Source List<Cited> records,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(citations.of(records), first);
    }

    @Description(Sources.DISPUTED)
    public List<@NonNull Boolean> disputed(@Source List<Cited> records) {
        return citations.of(records).stream().map(cs -> cs.stream().anyMatch(c -> c.stance == CitationStance.DISPUTES)).toList();
    }
}
