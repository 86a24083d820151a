package org.parley.outcome;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.Batch;
import org.parley.source.SourceDocument;
import org.parley.source.Sources;
import org.parley.talks.Round;

@GraphQLApi
public class OutcomeGraphQLApi {

    @Description("What this round produced: prisoner exchanges, returns of remains, draft terms, agreements.")
    public List<@NonNull List<@NonNull Outcome>> outcomes(@Source List<Round> rounds) {
        return Batch.toMany(rounds, Outcome.ofRounds(Batch.ids(rounds)), o -> o.round.id);
    }

    @Description("The round that produced it.")
    public List<@NonNull Round> round(@Source List<Outcome> outcomes) {
        return Batch.toOne(outcomes, o -> o.round, Round::byIds);
    }

    @Name("sources")
    @Description("Sources that back this record.")
    public List<@NonNull List<@NonNull SourceDocument>> sources(@Source List<Outcome> outcomes) {
        return Sources.of(outcomes);
    }
}
