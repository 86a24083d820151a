package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.party.Party;

/** The overall verdict of a comparison from its findings (docs/comparison.md, "The verdict"). */
class ComparisonVerdictTest {

    private final Party a = party(1);
    private final Party b = party(2);
    private final Party c = party(3);
    private final Position ofA = position(10, a);
    private final Position ofB = position(20, b);
    private final Position ofC = position(30, c);

    @Test
    void oneOpposedFindingMakesTheWholeOpposed() {
        List<Stance> stances = List.of(new Stance(a, List.of(ofA)), new Stance(b, List.of(ofB)));
        assertThat(ComparisonRules.verdict(stances, List.of(finding(Compatibility.COMPATIBLE, ofA, ofB),
                finding(Compatibility.OPPOSED, ofB, ofA)), List.of()), is(Compatibility.OPPOSED));
    }

    @Test
    void compatibleOnlyWhenEveryPairOfPartiesHoldingPositionsIs() {
        List<Stance> three = List.of(new Stance(a, List.of(ofA)), new Stance(b, List.of(ofB)), new Stance(c, List.of(ofC)));
        assertThat(ComparisonRules.verdict(three, List.of(finding(Compatibility.COMPATIBLE, ofA, ofB)), List.of()),
                is(Compatibility.UNKNOWN));
        assertThat(ComparisonRules.verdict(three, List.of(finding(Compatibility.COMPATIBLE, ofA, ofB),
                finding(Compatibility.COMPATIBLE, ofC, ofA), finding(Compatibility.COMPATIBLE, ofB, ofC)), List.of()),
                is(Compatibility.COMPATIBLE));
        // a party without positions on the topic does not need to agree with anyone
        List<Stance> oneSilent = List.of(new Stance(a, List.of(ofA)), new Stance(b, List.of(ofB)), new Stance(c, List.of()));
        assertThat(ComparisonRules.verdict(oneSilent, List.of(finding(Compatibility.COMPATIBLE, ofB, ofA)), List.of()),
                is(Compatibility.COMPATIBLE));
    }

    @Test
    void aPositionOpposedToAProvisionMakesTheWholeOpposed() {
        List<Stance> stances = List.of(new Stance(a, List.of(ofA)), new Stance(b, List.of(ofB)));
        ProvisionFinding rejected = new ProvisionFinding("provision-rejected", Compatibility.OPPOSED, ofA, null, "");
        assertThat(ComparisonRules.verdict(stances, List.of(finding(Compatibility.COMPATIBLE, ofA, ofB)), List.of(rejected)),
                is(Compatibility.OPPOSED));
        ProvisionFinding demanded = new ProvisionFinding("provision-demanded", Compatibility.COMPATIBLE, ofA, null, "");
        assertThat(ComparisonRules.verdict(stances, List.of(finding(Compatibility.COMPATIBLE, ofA, ofB)), List.of(demanded)),
                is(Compatibility.COMPATIBLE));
    }

    @Test
    void silenceIsUnknownNotAgreement() {
        assertThat(ComparisonRules.verdict(List.of(new Stance(a, List.of(ofA)), new Stance(b, List.of(ofB))), List.of(), List.of()),
                is(Compatibility.UNKNOWN));
        assertThat(ComparisonRules.verdict(List.of(new Stance(a, List.of(ofA)), new Stance(b, List.of())), List.of(), List.of()),
                is(Compatibility.UNKNOWN));
    }

    private static Party party(long id) {
        Party party = new Party();
        party.id = id;
        party.name = "Party " + id;
        return party;
    }

    private static Position position(long id, Party party) {
        Position position = new Position();
        position.id = id;
        position.party = party;
        return position;
    }

    private static Finding finding(Compatibility verdict, Position position, Position meets) {
        return new Finding("rule", verdict, position, meets, List.of(), "explanation");
    }
}
