package org.parley.position;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.common.node.Nodes;
import org.parley.common.value.PartialDate;
import org.parley.common.value.Topic;
import org.parley.conflict.Conflict;

@GraphQLApi
public class ComparisonGraphQLApi {

    @Inject
    Nodes nodes;

    @Inject
    ComparisonRules rules;

    @Query("compare")
    @Description("Where a conflict's parties stand on a topic and whether their positions are compatible, opposed (a "
            + "demand meeting a red line...) or unknown, with each finding's reasoning. Rules: docs/comparison.md.")
    public @NonNull Comparison compare(@NonNull @Id @Description("The conflict (a Conflict id).") String conflict,
            @NonNull @Description("The topic to compare.") Topic topic,
            @Description(PositionGraphQLApi.AS_OF + " Absent: positions in force today.") PartialDate asOf) {
        return rules.compare(nodes.get(Conflict.class, conflict), topic, asOf);
    }
}
