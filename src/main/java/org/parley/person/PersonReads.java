package org.parley.person;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.RootRead.Filter;
import org.parley.common.read.Rows;
import org.parley.common.read.Sql;
import org.parley.common.read.TypeRead;
import org.parley.party.Party;
import org.parley.source.SourceReads;

/**
 * How the fields of Person and Office read as SQL, and a party's people and offices (the read planner's model; the
 * resolvers are PersonGraphQLApi's, OfficeGraphQLApi's and PartyPeople's).
 */
@ApplicationScoped
public class PersonReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Person.class).toOne("party", "party")
                .list("offices", Office.class, OfficeGraphQLApi.ORDER, (sql, o, unused, p, arguments) -> offices(sql, o, "person", p));
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Office.class).toOne("person", "person").toOne("party", "party")
                .partialDate("from", "fromPrecision", "startedOn", "startedOnPrecision").partialDate("to", "toPrecision", "endedOn", "endedOnPrecision"),
                TypeRead.of(Party.class).toMany("people", Person.class, "party", PersonGraphQLApi.ORDER)
                        .list("offices", Office.class, OfficeGraphQLApi.ORDER, (sql, o, unused, party, arguments) -> offices(sql, o, "party", party)));
    }

    /** The offices whose {@code attribute} names the owner, earliest first, those of unknown start first (as {@link Office#ofPeople}). */
    private static Rows offices(Sql sql, String o, String attribute, String owner) {
        return new Rows(sql.table(Office.class) + " " + o, sql.column(Office.class, o, attribute) + " = " + sql.ownerKey(owner),
                List.of(sql.column(Office.class, o, "startedOn") + " nulls first", sql.column(Office.class, o, "id")), sql.column(Office.class, o, "id"));
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("person", Person.class),
                RootRead.connection("people", Person.class, PersonGraphQLApi.ORDER, PersonGraphQLApi.DIMENSIONS).filter("party", Filter.id("party", Party.class))
                        .filter("nameContains", Filter.contains("name")).filter("disputed", SourceReads.DISPUTED),
                RootRead.connection("offices", Office.class, OfficeGraphQLApi.ORDER, OfficeGraphQLApi.DIMENSIONS).filter("person", Filter.id("person", Person.class))
                        .filter("party", Filter.id("party", Party.class)).filter("current", Filter.equal("current"))
                        .filter("disputed", SourceReads.DISPUTED));
    }
}
