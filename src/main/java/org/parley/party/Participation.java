package org.parley.party;

import java.util.List;

/**
 * Which parties take part in a conflict: answered by the conflict package, which owns that relation (Participant),
 * so that party does not depend on conflict.
 */
public interface Participation {

    /** Keys of the parties to the conflict this id names (a Conflict id), in any role; VALIDATION for a bad id. */
    List<Long> partiesOf(String conflictId);
}
