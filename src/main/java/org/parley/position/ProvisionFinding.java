package org.parley.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.agreement.Provision;

@Type("ProvisionFinding")
@Description("One provision rule that matched: a party's position against the agreement provision it is about.")
public class ProvisionFinding {

    @NonNull
    @Description("The rule's id in the rules file, e.g. `provision-rejected`.")
    public String rule;

    @NonNull
    @Description("What the rule concludes for this position and provision.")
    public Compatibility verdict;

    @NonNull
    @Description("The position examined.")
    public Position position;

    @NonNull
    @Description("The provision it is about.")
    public Provision provision;

    @NonNull
    @Description("The rule's explanation filled in, e.g. `Russia rejects provision 1 of the Black Sea Grain Initiative`.")
    public String explanation;

    ProvisionFinding(String rule, Compatibility verdict, Position position, Provision provision, String explanation) {
        this.rule = rule;
        this.verdict = verdict;
        this.position = position;
        this.provision = provision;
        this.explanation = explanation;
    }
}
