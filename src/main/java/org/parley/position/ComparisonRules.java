package org.parley.position;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.agreement.Agreement;
import org.parley.agreement.Provision;
import org.parley.common.Settings;
import org.parley.common.value.PartialDate;
import org.parley.common.value.Topic;
import org.parley.conflict.Conflict;
import org.parley.conflict.Participant;
import org.parley.party.Party;
import org.parley.territory.Territory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Compares parties' standing positions on a topic by the rules of a JSON file (docs/comparison.md): the rules
 * speak of kinds of positions and of the territories they name, never of particular parties.
 */
@Startup // a rules file that cannot be read stops start-up, not the first comparison
@ApplicationScoped
public class ComparisonRules {

    static final String BUNDLED = "comparison/rules.json";

    /** How two positions' territories must relate for a rule to apply. */
    enum TerritoryCondition {
        /** Both name territories and share at least one. */
        OVERLAP,
        /** They share a territory, or at least one names none (it then concerns the whole topic). */
        OVERLAP_OR_UNSPECIFIED,
        /** Territories do not matter. */
        ANY
    }

    /** Whether the position met must answer the one examined (`respondsTo`) for a rule to apply. */
    enum Link {
        /** Linked or not. */
        ANY,
        /** The position met answers the one examined. */
        RESPONDS_TO,
        /** The position met does not answer the one examined (a linked pair is left to a RESPONDS_TO rule). */
        UNLINKED
    }

    /** `link` may be left out of a rules file (files written before it existed): ANY. */
    @RegisterForReflection
    record Rule(String id, PositionKind position, PositionKind meets, TerritoryCondition territories,
            Optional<Link> link, Compatibility verdict, String explanation) {

        boolean linkHolds(Position examined, Position met) {
            boolean answers = met.respondsTo != null && met.respondsTo.id.equals(examined.id);
            return switch (link.orElse(Link.ANY)) {
                case ANY -> true;
                case RESPONDS_TO -> answers;
                case UNLINKED -> !answers;
            };
        }
    }

    /** A rule for a position about an agreement provision (`Position.provision`), by the position's kind. */
    @RegisterForReflection
    record ProvisionRule(String id, PositionKind position, Compatibility verdict, String explanation) {
    }

    @RegisterForReflection
    record RulesFile(String about, List<Rule> rules, Optional<List<ProvisionRule>> provisionRules) {
    }

    @Inject
    Settings settings;

    @Inject
    ObjectMapper mapper;

    List<Rule> rules;

    List<ProvisionRule> provisionRules;

    @PostConstruct
    void load() {
        Optional<String> path = settings.comparison().rules();
        String where = path.map(p -> "file " + p).orElse("classpath:" + BUNDLED);
        try (InputStream in = path.isPresent() ? Files.newInputStream(Path.of(path.get()))
                : getClass().getClassLoader().getResourceAsStream(BUNDLED)) {
            RulesFile file = mapper.copy().enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                    .readValue(in, RulesFile.class);
            rules = List.copyOf(file.rules());
            provisionRules = List.copyOf(file.provisionRules().orElse(List.of()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Comparison rules in " + where + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The rules, in the file's order (a method: the bean is reached through its proxy). */
    List<Rule> rules() {
        return rules;
    }

    List<ProvisionRule> provisionRules() {
        return provisionRules;
    }

    public Comparison compare(Conflict conflict, Topic topic, PartialDate asOf) {
        LocalDate day = PartialDate.endOf(asOf);
        List<Long> partyIds = Participant.ofConflicts(List.of(conflict.id), day).stream().map(p -> p.party.id)
                .distinct().toList();
        Map<Long, Party> parties = Party.byIds(partyIds).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        List<Position> standing = partyIds.isEmpty() ? List.of() : Position.onTopicInConflict(partyIds, conflict.id, topic, day);
        Map<Long, List<Territory>> territories = new HashMap<>();
        if (!standing.isEmpty()) {
            for (Object[] pair : Position.territoriesOf(standing.stream().map(p -> p.id).toList())) {
                territories.computeIfAbsent((Long) pair[0], k -> new ArrayList<>()).add((Territory) pair[1]);
            }
        }
        List<Stance> stances = partyIds.stream().map(id -> new Stance(parties.get(id),
                standing.stream().filter(p -> p.party.id.equals(id)).toList())).toList();

        List<Finding> findings = new ArrayList<>();
        for (Position position : standing) {
            for (Position other : standing) {
                if (position.party.id.equals(other.party.id)) {
                    continue;
                }
                List<Territory> mine = territories.getOrDefault(position.id, List.of());
                List<Territory> theirs = territories.getOrDefault(other.id, List.of());
                List<Territory> shared = mine.stream().filter(t -> theirs.stream().anyMatch(o -> o.id.equals(t.id))).toList();
                for (Rule rule : rules) {
                    if (rule.position() == position.kind && rule.meets() == other.kind
                            && applies(rule.territories(), mine, theirs, shared) && rule.linkHolds(position, other)) {
                        findings.add(new Finding(rule.id(), rule.verdict(), position, other, shared, rule.explanation()
                                .replace("{party}", parties.get(position.party.id).name)
                                .replace("{other}", parties.get(other.party.id).name)
                                .replace("{territories}", shared.stream().map(t -> t.name).collect(Collectors.joining(", ")))));
                    }
                }
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.verdict));
        List<ProvisionFinding> onProvisions = againstProvisions(standing, parties);
        return new Comparison(conflict, topic, asOf, verdict(stances, findings, onProvisions), stances, findings,
                onProvisions);
    }

    /** The standing positions about an agreement provision, each against the provision rules of its kind. */
    private List<ProvisionFinding> againstProvisions(List<Position> standing, Map<Long, Party> parties) {
        List<Position> linked = standing.stream().filter(p -> p.provision != null).toList();
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<Long, Provision> provisions = Provision.byIds(linked.stream().map(p -> p.provision.id).distinct().toList())
                .stream().collect(Collectors.toMap(p -> p.id, p -> p));
        Map<Long, Agreement> agreements = Agreement.byIds(provisions.values().stream().map(p -> p.agreement.id)
                .distinct().toList()).stream().collect(Collectors.toMap(a -> a.id, a -> a));
        List<ProvisionFinding> found = new ArrayList<>();
        for (Position position : linked) {
            Provision provision = provisions.get(position.provision.id);
            for (ProvisionRule rule : provisionRules) {
                if (rule.position() == position.kind) {
                    found.add(new ProvisionFinding(rule.id(), rule.verdict(), position, provision, rule.explanation()
                            .replace("{party}", parties.get(position.party.id).name)
                            .replace("{provision}", provision.number)
                            .replace("{agreement}", agreements.get(provision.agreement.id).name)));
                }
            }
        }
        found.sort(Comparator.comparing((ProvisionFinding f) -> f.verdict));
        return found;
    }

    private static boolean applies(TerritoryCondition condition, List<Territory> mine, List<Territory> theirs,
            List<Territory> shared) {
        return switch (condition) {
            case OVERLAP -> !shared.isEmpty();
            case OVERLAP_OR_UNSPECIFIED -> !shared.isEmpty() || mine.isEmpty() || theirs.isEmpty();
            case ANY -> true;
        };
    }

    static Compatibility verdict(List<Stance> stances, List<Finding> findings, List<ProvisionFinding> onProvisions) {
        if (findings.stream().anyMatch(f -> f.verdict == Compatibility.OPPOSED)
                || onProvisions.stream().anyMatch(f -> f.verdict == Compatibility.OPPOSED)) {
            return Compatibility.OPPOSED;
        }
        List<Long> holding = stances.stream().filter(s -> !s.positions.isEmpty()).map(s -> s.party.id).toList();
        Set<String> agreed = new HashSet<>();
        findings.stream().filter(f -> f.verdict == Compatibility.COMPATIBLE)
                .forEach(f -> agreed.add(pair(f.position.party.id, f.meets.party.id)));
        for (int i = 0; i < holding.size(); i++) {
            for (int j = i + 1; j < holding.size(); j++) {
                if (!agreed.contains(pair(holding.get(i), holding.get(j)))) {
                    return Compatibility.UNKNOWN;
                }
            }
        }
        return holding.size() >= 2 ? Compatibility.COMPATIBLE : Compatibility.UNKNOWN;
    }

    private static String pair(Long a, Long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }
}
