package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("AgreementConnection")
@Description("A page of agreements.")
public class AgreementConnection extends Connection<Agreement, AgreementEdge> {

    public AgreementConnection() {
        super(AgreementEdge::new);
    }
}
