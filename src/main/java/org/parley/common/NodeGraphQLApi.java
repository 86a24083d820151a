package org.parley.common;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodeGraphQLApi {

    @Inject
    Nodes nodes;

    @Query("node")
    @Description("Any object by its global id. Null, with an error of code NOT_FOUND when nothing has that id or VALIDATION when the id is malformed.")
    public Node node(@NonNull @Id @Description("A global id, as returned in any `id` field.") String id) {
        return nodes.get(id);
    }
}
