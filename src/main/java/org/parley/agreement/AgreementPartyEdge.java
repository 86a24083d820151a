package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("AgreementPartyEdge")
@Description("An item of a page of parties in agreements, with its cursor.")
public class AgreementPartyEdge extends Edge<AgreementParty> {

    public AgreementPartyEdge(String cursor, AgreementParty node) {
        super(cursor, node);
    }
}
