package org.parley.outcome;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.RootRead.Filter;
import org.parley.common.read.TypeRead;
import org.parley.source.SourceReads;
import org.parley.talks.Round;

/** How Outcome's fields read as SQL, and Round's `outcomes` (the read planner's model; the resolvers are OutcomeGraphQLApi's and RoundOutcomes'). */
@ApplicationScoped
public class OutcomeReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Outcome.class).toOne("round", "round");
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Round.class).toMany("outcomes", Outcome.class, "round", OutcomeGraphQLApi.ORDER));
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.connection("outcomes", Outcome.class, OutcomeGraphQLApi.ORDER, OutcomeGraphQLApi.DIMENSIONS).filter("round", Filter.id("round", Round.class))
                .filter("kind", Filter.equal("kind")).filter("disputed", SourceReads.DISPUTED));
    }
}
