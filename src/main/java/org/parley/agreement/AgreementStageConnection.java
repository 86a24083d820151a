package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("AgreementStageConnection")
@Description("A page of agreement stages (steps agreements took).")
public class AgreementStageConnection extends Connection<AgreementStage, AgreementStageEdge> {

    public AgreementStageConnection() {
        super(AgreementStageEdge::new);
    }
}
