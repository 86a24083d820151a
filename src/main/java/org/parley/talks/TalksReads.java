package org.parley.talks;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.TypeRead;

import org.parley.common.read.RootRead.Filter;
import org.parley.conflict.Conflict;

/** How Talks' fields read as SQL (the read planner's model; the resolvers are TalksGraphQLApi's). */
@ApplicationScoped
public class TalksReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Talks.class).toOne("conflict", "conflict").toOne("host", "host")
                .toMany("rounds", Round.class, "talks", RoundGraphQLApi.ORDER);
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Conflict.class).toMany("talks", Talks.class, "conflict", TalksGraphQLApi.ORDER));
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("talksById", Talks.class), RootRead.connection("talks", Talks.class, TalksGraphQLApi.ORDER, TalksGraphQLApi.DIMENSIONS)
                .filter("conflict", Filter.id("conflict", Conflict.class)).filter("nameContains", Filter.contains("name")));
    }
}
