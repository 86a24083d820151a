package org.parley.party;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.persistence.Batch;
import org.parley.source.Citation;
import org.parley.source.CitationStance;
import org.parley.source.CitationsRead;
import org.parley.source.Cited;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The parties citations attribute passages to: `Citation.attributedTo`, and every cited record's (`Cited`) `claimedBy`
 * and `disputedBy`, derived from its citations (here rather than beside `sources` in source/CitedGraphQLApi: parties
 * are this package's, and the source package does not depend on it).
 */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class Claims {

    public static final String CLAIMED_BY = "Parties whose claim a cited source reports (citations with stance "
            + "REPORTS_CLAIM naming who claims it), by name; empty when no source attributes the record to a claim.";
    public static final String DISPUTED_BY = "Parties that deny this record, as cited sources report (citations with "
            + "stance DISPUTES naming who denies it), by name.";

    @Description("The party whose words the passage reports: who claims the record (REPORTS_CLAIM), who denies it "
            + "(DISPUTES), who says it (SUPPORTS); null when the source speaks for itself.")
    public List<Party> attributedTo(@Source List<Citation> citations) {
        return Batch.toOneByKey(citations, c -> c.attributedToId, Party::byIds);
    }

    @Inject
    CitationsRead citations;

    @Description(CLAIMED_BY)
    public List<@NonNull List<@NonNull Party>> claimedBy(@Source List<Cited> records) {
        return attributed(records, CitationStance.REPORTS_CLAIM);
    }

    @Description(DISPUTED_BY)
    public List<@NonNull List<@NonNull Party>> disputedBy(@Source List<Cited> records) {
        return attributed(records, CitationStance.DISPUTES);
    }

    /** For each subject, the distinct parties its citations of {@code stance} name, by name. */
    private List<List<Party>> attributed(List<Cited> subjects, CitationStance stance) {
        List<List<Long>> keys = citations.of(subjects).stream().map(cs -> cs.stream()
                .filter(c -> c.stance == stance && c.attributedToId != null).map(c -> c.attributedToId).distinct().toList())
                .toList();
        Map<Long, Party> parties = Batch.byKey(keys.stream().flatMap(List::stream).toList(), Party::byIds);
        return keys.stream().map(ks -> ks.stream().map(parties::get)
                .sorted((a, b) -> a.name.compareTo(b.name)).toList()).toList();
    }
}
