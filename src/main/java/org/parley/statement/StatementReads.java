package org.parley.statement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.RootRead.Filter;
import org.parley.common.read.TypeRead;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.source.SourceReads;
import org.parley.talks.Round;

/**
 * How Statement's fields read as SQL, and the statements of parties, people and rounds (the read planner's model;
 * the resolvers are StatementGraphQLApi's, PartyStatements', PersonStatements' and RoundStatements').
 */
@ApplicationScoped
public class StatementReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Statement.class).partialDate("date", "datePrecision", "statedOn", "statedOnPrecision")
                .toOne("person", "person").toOne("party", "party").toOne("round", "round");
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Party.class).toMany("statements", Statement.class, "party", StatementGraphQLApi.ORDER),
                TypeRead.of(Person.class).toMany("statements", Statement.class, "person", StatementGraphQLApi.ORDER),
                TypeRead.of(Round.class).toMany("statements", Statement.class, "round", StatementGraphQLApi.ORDER));
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.connection("statements", Statement.class, StatementGraphQLApi.ORDER, StatementGraphQLApi.DIMENSIONS).filter("party", Filter.id("party", Party.class))
                        .filter("person", Filter.id("person", Person.class)).filter("round", Filter.id("round", Round.class))
                        .filter("textContains", Filter.contains("text")).filter("disputed", SourceReads.DISPUTED));
    }
}
