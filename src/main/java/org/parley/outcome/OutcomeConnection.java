package org.parley.outcome;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("OutcomeConnection")
@Description("A page of outcomes. Its `aggregate` groups by ROUND, KIND.")
public class OutcomeConnection extends RecordConnection<Outcome, OutcomeEdge> {

    public OutcomeConnection() {
        super(OutcomeEdge::new);
    }
}
