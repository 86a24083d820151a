package org.parley.timeline;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.common.node.Nodes;
import org.parley.common.paging.PageRequest;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;

@GraphQLApi
public class TimelineGraphQLApi {

    static final String FROM = "Only entries whose period ends on or after the start of this date (`2025-07`, `2025`...).";
    static final String TO = "Only entries whose period starts on or before the end of this date.";

    @Inject
    Nodes nodes;

    @Inject
    Timelines timelines;

    @Query("timeline")
    @Description(Timelines.DESCRIPTION)
    public @NonNull TimelineConnection timeline(@NonNull @Id @Description("The conflict (a Conflict id).") String conflict,
            @Description(FROM) PartialDate from, @Description(TO) PartialDate to,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        return timelines.of(nodes.get(Conflict.class, conflict), from, to, new PageRequest(first, after, last, before));
    }
}
