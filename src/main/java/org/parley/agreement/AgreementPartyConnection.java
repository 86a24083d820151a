package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("AgreementPartyConnection")
@Description("A page of parties in agreements. Its `aggregate` groups by AGREEMENT, PARTY, CAPACITY.")
public class AgreementPartyConnection extends RecordConnection<AgreementParty, AgreementPartyEdge> {

    public AgreementPartyConnection() {
        super(AgreementPartyEdge::new);
    }
}
