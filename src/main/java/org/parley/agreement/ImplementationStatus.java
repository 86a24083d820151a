package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ImplementationStatus")
@Description("How far a provision was carried out, as a report of a given date says.")
public enum ImplementationStatus {
    @Description("Carried out as agreed.")
    IMPLEMENTED,
    @Description("Carried out in part, or in some batches of several.")
    PARTLY_IMPLEMENTED,
    @Description("Not carried out (yet), with no breach alleged.")
    NOT_IMPLEMENTED,
    @Description("Broken, as the record's `allegedBy` party alleges.")
    VIOLATED
}
