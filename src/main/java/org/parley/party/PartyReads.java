package org.parley.party;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.TypeRead;

/** How Party's fields read as SQL (the read planner's model; the resolvers are PartyGraphQLApi's). */
@ApplicationScoped
public class PartyReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Party.class);
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("party", Party.class));
    }
}
