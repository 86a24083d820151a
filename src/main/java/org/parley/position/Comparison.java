package org.parley.position;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.value.PartialDate;
import org.parley.common.value.Topic;
import org.parley.conflict.Conflict;

@Type("Comparison")
@Description("How far apart a conflict's parties stand on one topic, with the reasoning a reader can check.")
public class Comparison {

    @NonNull
    @Description("The conflict whose parties are compared.")
    public Conflict conflict;

    @NonNull
    @Description("The topic compared.")
    public Topic topic;

    @Description("The date the comparison stands on (as asked); null for today.")
    public PartialDate asOf;

    @NonNull
    @Description("OPPOSED when any finding (or any finding against a provision) is; COMPATIBLE when every pair of "
            + "parties holding positions has a COMPATIBLE finding; UNKNOWN otherwise.")
    public Compatibility verdict;

    @NonNull
    @Description("Each party of the conflict with its standing positions on the topic.")
    public List<@NonNull Stance> stances;

    @NonNull
    @Description("The rules that matched, OPPOSED ones first.")
    public List<@NonNull Finding> findings;

    @NonNull
    @Description("The standing positions that are about an agreement provision (`Position.provision`), each weighed "
            + "against it by the provision rules, OPPOSED ones first.")
    public List<@NonNull ProvisionFinding> provisionFindings;

    Comparison(Conflict conflict, Topic topic, PartialDate asOf, Compatibility verdict, List<Stance> stances,
            List<Finding> findings, List<ProvisionFinding> provisionFindings) {
        this.provisionFindings = provisionFindings;
        this.conflict = conflict;
        this.topic = topic;
        this.asOf = asOf;
        this.verdict = verdict;
        this.stances = stances;
        this.findings = findings;
    }
}
