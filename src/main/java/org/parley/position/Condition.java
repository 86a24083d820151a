package org.parley.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.agreement.Agreement;
import org.parley.agreement.StageKind;

@Type("Condition")
@Description("What a precondition conditions: an agreement reaching a stage (its signing, its return into force...), "
        + "an act named in words (a meeting of the leaders, a ceasefire), or both.")
public class Condition {

    @Description("The agreement the precondition is set on; null when it conditions an act only.")
    public Agreement agreement;

    @Description("The stage of `agreement` it conditions (SIGNED, RESUMED...); null when the sources name none.")
    public StageKind stage;

    @Description("The act it conditions, in words; null when `agreement` says it all.")
    public String act;

    Condition(Agreement agreement, StageKind stage, String act) {
        this.agreement = agreement;
        this.stage = stage;
        this.act = act;
    }
}
