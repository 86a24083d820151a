package org.parley.position;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.party.Party;

@Type("Stance")
@Description("Where one party of a conflict stands on a topic: its positions standing on the comparison's date.")
public class Stance {

    @NonNull
    @Description("The party.")
    public Party party;

    @NonNull
    @Description("Its standing positions on the topic, oldest first; empty when it has stated none.")
    public List<@NonNull Position> positions;

    Stance(Party party, List<Position> positions) {
        this.party = party;
        this.positions = positions;
    }
}
