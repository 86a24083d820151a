package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.parley.common.value.PartialDate;
import org.parley.party.Party;

/** What a position may supersede, answer and condition, without a database. */
class PositionRulesTest {

    private static final Party RUSSIA = party(1);
    private static final Party UKRAINE = party(2);

    private static Party party(long id) {
        Party party = new Party();
        party.id = id;
        return party;
    }

    private static Position position(long id, Party party, String statedOn) {
        Position position = new Position();
        position.id = id;
        position.party = party;
        position.setStatedOn(PartialDate.parse(statedOn));
        return position;
    }

    @Test
    void aPositionSupersedesOnlyAnEarlierOneOfItsOwnParty() {
        Position later = position(10, RUSSIA, "2025-06-02");
        assertThat(PositionRules.supersedes(later, position(11, RUSSIA, "2025-05-16")), is(nullValue()));
        assertThat(PositionRules.supersedes(later, position(12, RUSSIA, "2025-06-02")), is(nullValue())); // the same day
        assertThat(PositionRules.supersedes(later, position(13, UKRAINE, "2025-05-16")), containsString("same party"));
        assertThat(PositionRules.supersedes(later, position(14, RUSSIA, "2025-07-23")), containsString("earlier one"));
        assertThat(PositionRules.supersedes(later, later), containsString("earlier one"));
    }

    @Test
    void aPositionSupersededByAnotherCannotBeSupersededAgain() {
        Position earlier = position(11, RUSSIA, "2025-05-16");
        earlier.supersededBy = position(12, RUSSIA, "2025-05-20");
        assertThat(PositionRules.supersedes(position(10, RUSSIA, "2025-06-02"), earlier),
                containsString("already superseded by Position '" + earlier.supersededBy.getNodeId() + "'"));
        earlier.supersededBy = position(10, RUSSIA, "2025-06-02"); // by this one: an update writing it again
        assertThat(PositionRules.supersedes(earlier.supersededBy, earlier), is(nullValue()));
    }

    @Test
    void aPositionAnswersAnotherPartysStatedByItsOwnPeriod() {
        Position answer = position(20, UKRAINE, "2025-06");
        assertThat(PositionRules.respondsTo(answer, position(21, RUSSIA, "2025-06-30")), is(nullValue()));
        assertThat(PositionRules.respondsTo(answer, position(22, RUSSIA, "2025-07-01")), containsString("stated after it (2025-07-01)"));
        assertThat(PositionRules.respondsTo(answer, position(23, UKRAINE, "2025-05-01")), containsString("another party"));
    }

    @Test
    void onlyAPreconditionConditionsAndItNamesWhat() {
        assertThat(PositionRules.conditioned(PositionKind.PRECONDITION), is(nullValue()));
        assertThat(PositionRules.conditioned(PositionKind.DEMAND), containsString("only a PRECONDITION"));
        assertThat(PositionRules.conditionStage(false, true), containsString("name the agreement too"));
        assertThat(PositionRules.conditionStage(true, true), is(nullValue()));
        assertThat(PositionRules.conditionNamed(false, false), containsString("neither an agreement nor an act"));
        assertThat(PositionRules.conditionNamed(false, true), is(nullValue()));
        assertThat(PositionRules.conditionNamed(true, false), is(nullValue()));
    }
}
