package org.parley.territory;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.RootRead.Filter;
import org.parley.common.read.TypeRead;
import org.parley.conflict.Conflict;
import org.parley.source.SourceReads;

/**
 * How Territory's fields read as SQL, and a conflict's territories (the read planner's model; the resolvers are
 * TerritoryGraphQLApi's and ConflictTerritories').
 */
@ApplicationScoped
public class TerritoryReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Territory.class).toOne("conflict", "conflict").toOne("annexedBy", "annexedBy")
                .partialDate("annexationDate", "annexationDatePrecision", "annexedOn", "annexedOnPrecision");
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Conflict.class).toMany("territories", Territory.class, "conflict", TerritoryGraphQLApi.ORDER));
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("territory", Territory.class),
                RootRead.connection("territories", Territory.class, TerritoryGraphQLApi.ORDER, TerritoryGraphQLApi.DIMENSIONS)
                        .filter("conflict", Filter.id("conflict", Conflict.class)).filter("nameContains", Filter.contains("name"))
                        .filter("disputed", SourceReads.DISPUTED));
    }
}
