package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("AgreementStageConnection")
@Description("A page of agreement stages (steps agreements took). Its `aggregate` groups by AGREEMENT, STAGE, PARTY, YEAR, MONTH (PARTY: the party that took the step alone).")
public class AgreementStageConnection extends RecordConnection<AgreementStage, AgreementStageEdge> {

    public AgreementStageConnection() {
        super(AgreementStageEdge::new);
    }
}
