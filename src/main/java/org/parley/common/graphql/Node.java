package org.parley.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Name("Node")
@Description("An object with a global id, fetchable with `node(id:)` (Relay Global Object Identification).")
public interface Node {

    String ID_DESCRIPTION = "Opaque global id, unique across all types. Pass it to `node(id:)` or to any argument of type ID.";

    @Id
    @NonNull
    @Name("id")
    @Description(ID_DESCRIPTION)
    String getNodeId();
}
