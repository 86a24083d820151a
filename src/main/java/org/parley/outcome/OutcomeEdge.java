package org.parley.outcome;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("OutcomeEdge")
@Description("An item of a page of outcomes, with its cursor.")
public class OutcomeEdge extends Edge<Outcome> {

    public OutcomeEdge(String cursor, Outcome node) {
        super(cursor, node);
    }
}
