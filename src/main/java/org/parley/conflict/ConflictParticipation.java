package org.parley.conflict;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.graphql.GlobalId;
import org.parley.party.Participation;

/** The parties of a conflict, for the `parties(conflict:)` filter of the party package. */
@ApplicationScoped
public class ConflictParticipation implements Participation {

    @Override
    public List<Long> partiesOf(String conflictId) {
        return Participant.partyKeysOf(GlobalId.keyOf(conflictId, Conflict.class));
    }
}
