package org.parley.talks;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.TypeRead;

import org.parley.common.read.RootRead.Filter;

/** How Round's fields read as SQL (the read planner's model; the resolvers are RoundGraphQLApi's). */
@ApplicationScoped
public class RoundReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(Round.class).partialDate("date", "heldOn", "datePrecision").toOne("talks", "talks").toOne("host", "host")
                .toMany("delegations", Delegation.class, "round", DelegationGraphQLApi.ORDER)
                .bool("meeting", (sql, r, arguments) -> meeting(sql.column(Round.class, r, "mode")));
    }

    /** {@link RoundMode#isMeeting()} in SQL: every mode but diplomatic channels, null when the mode is. */
    static String meeting(String mode) {
        List<String> meetings = Arrays.stream(RoundMode.values()).filter(RoundMode::isMeeting).map(m -> "'" + m.name() + "'").toList();
        return "case when " + mode + " in (" + String.join(", ", meetings) + ") then true when " + mode + " is not null then false end";
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("round", Round.class),
                RootRead.connection("rounds", Round.class, RoundGraphQLApi.ORDER, RoundGraphQLApi.DIMENSIONS).filter("talks", Filter.id("talks", Talks.class))
                        .filter("status", Filter.equal("status")).filter("from", Filter.from("heldOn"))
                        .filter("to", Filter.to("heldOn")).filter("city", Filter.contains("city")));
    }
}
