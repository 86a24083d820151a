package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("AgreementConnection")
@Description("A page of agreements. Its `aggregate` groups by CONFLICT, KIND.")
public class AgreementConnection extends RecordConnection<Agreement, AgreementEdge> {

    public AgreementConnection() {
        super(AgreementEdge::new);
    }
}
