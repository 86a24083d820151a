package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("AgreementPartyConnection")
@Description("A page of parties in agreements.")
public class AgreementPartyConnection extends Connection<AgreementParty, AgreementPartyEdge> {

    public AgreementPartyConnection() {
        super(AgreementPartyEdge::new);
    }
}
