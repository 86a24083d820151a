package org.parley.talks;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.TypeRead;

import org.parley.common.read.RootRead.Filter;
import org.parley.party.Party;
import org.parley.person.Person;

/** How Delegation's fields read as SQL (the read planner's model; the resolvers are DelegationGraphQLApi's). */
@ApplicationScoped
public class DelegationReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Delegation.class).toOne("round", "round").toOne("party", "party").toOne("head", "head")
                .through("members", Person.class, "delegation_member", "delegation_id", "person_id", "ordinal");
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Party.class).toMany("delegations", Delegation.class, "party", DelegationGraphQLApi.ORDER));
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.connection("delegations", Delegation.class, DelegationGraphQLApi.ORDER, DelegationGraphQLApi.DIMENSIONS)
                .filter("round", Filter.id("round", Round.class)).filter("party", Filter.id("party", Party.class)));
    }
}
