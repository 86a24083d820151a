package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("AgreementEdge")
@Description("An item of a page of agreements, with its cursor.")
public class AgreementEdge extends Edge<Agreement> {

    public AgreementEdge(String cursor, Agreement node) {
        super(cursor, node);
    }
}
