package org.parley.outcome;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("OutcomeConnection")
@Description("A page of outcomes.")
public class OutcomeConnection extends Connection<Outcome, OutcomeEdge> {

    public OutcomeConnection() {
        super(OutcomeEdge::new);
    }
}
