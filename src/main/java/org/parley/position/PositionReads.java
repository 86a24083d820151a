package org.parley.position;

import java.util.Map;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.TypeRead;

import org.parley.common.read.RootRead.Filter;
import org.parley.party.Party;

/** How Position's fields read as SQL (the read planner's model; the resolvers are PositionGraphQLApi's). */
@ApplicationScoped
public class PositionReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Position.class).partialDate("statedOn", "statedDate", "statedOnPrecision").toOne("party", "party")
                .toOne("statedBy", "statedBy").toOne("round", "round").toOne("supersededBy", "supersededBy")
                .toOne("respondsTo", "respondsTo");
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("position", Position.class),
                RootRead.connection("positions", Position.class, PositionGraphQLApi.ORDER).filter("filter", Filter.fields(Map.of(
                        "party", Filter.id("party", Party.class), "topic", Filter.equal("topic"), "kind", Filter.equal("kind"),
                        "from", Filter.from("statedDate"), "to", Filter.to("statedDate"), "textContains", Filter.contains("text")))));
    }
}
