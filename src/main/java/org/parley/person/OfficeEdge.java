package org.parley.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("OfficeEdge")
@Description("An item of a page of offices, with its cursor.")
public class OfficeEdge extends Edge<Office> {

    public OfficeEdge(String cursor, Office node) {
        super(cursor, node);
    }
}
