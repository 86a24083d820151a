package org.parley.position;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.territory.Territory;

@Type("Finding")
@Description("One comparison rule that matched: a position of one party against a position of another.")
public class Finding {

    @NonNull
    @Description("The rule's id in the rules file, e.g. `demand-meets-red-line`.")
    public String rule;

    @NonNull
    @Description("What the rule concludes for this pair of positions.")
    public Compatibility verdict;

    @NonNull
    @Description("The position examined, e.g. a demand.")
    public Position position;

    @NonNull
    @Description("The other party's position it meets; in an OPPOSED finding, the one that blocks it (a red line, a rejection).")
    public Position meets;

    @NonNull
    @Description("Territories both positions name; empty when either names none.")
    public List<@NonNull Territory> territories;

    @NonNull
    @Description("The rule's explanation with the parties filled in, e.g. `Ukraine's red line blocks Russia's demand`.")
    public String explanation;

    Finding(String rule, Compatibility verdict, Position position, Position meets, List<Territory> territories,
            String explanation) {
        this.rule = rule;
        this.verdict = verdict;
        this.position = position;
        this.meets = meets;
        this.territories = territories;
        this.explanation = explanation;
    }
}
