package org.parley.person;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.TypeRead;

/** How Person's fields read as SQL (the read planner's model; the resolvers are PersonGraphQLApi's). */
@ApplicationScoped
public class PersonReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Person.class).toOne("party", "party");
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("person", Person.class));
    }
}
