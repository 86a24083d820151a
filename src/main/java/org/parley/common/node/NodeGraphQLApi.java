package org.parley.common.node;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.common.graphql.Node;

@GraphQLApi
public class NodeGraphQLApi {

    @Inject
    Nodes nodes;

    @Query("node")
    @Description("Any object by its global id. Null when nothing has that id (Relay's convention: a missing record is no error); an error of code VALIDATION when the id is malformed.")
    public Node node(@NonNull @Id @Description("A global id, as returned in any `id` field.") String id) {
        return nodes.find(id);
    }
}
