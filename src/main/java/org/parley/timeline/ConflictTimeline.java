package org.parley.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.paging.PageRequest;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A conflict's timeline as a field of the conflict: Conflict's `timeline`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class ConflictTimeline {

    @Inject
    Timelines timelines;

    @Description(Timelines.DESCRIPTION)
    public @NonNull TimelineConnection timeline(@Source Conflict conflict,
            @Description(TimelineGraphQLApi.FROM) PartialDate from, @Description(TimelineGraphQLApi.TO) PartialDate to,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        return timelines.of(conflict, from, to, new PageRequest(first, after, last, before));
    }
}
