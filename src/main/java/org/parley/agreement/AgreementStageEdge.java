package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("AgreementStageEdge")
@Description("An item of a page of agreement stages, with its cursor.")
public class AgreementStageEdge extends Edge<AgreementStage> {

    public AgreementStageEdge(String cursor, AgreementStage node) {
        super(cursor, node);
    }
}
