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

import org.parley.common.PartialDate;
import org.parley.common.Settings;
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

    @RegisterForReflection
    record Rule(String id, PositionKind position, PositionKind meets, TerritoryCondition territories,
            Compatibility verdict, String explanation) {
    }

    @RegisterForReflection
    record RulesFile(String about, List<Rule> rules) {
    }

    @Inject
    Settings settings;

    @Inject
    ObjectMapper mapper;

    List<Rule> rules;

    @PostConstruct
    void load() {
        Optional<String> path = settings.comparison().rules();
        String where = path.map(p -> "file " + p).orElse("classpath:" + BUNDLED);
        try (InputStream in = path.isPresent() ? Files.newInputStream(Path.of(path.get()))
                : getClass().getClassLoader().getResourceAsStream(BUNDLED)) {
            RulesFile file = mapper.copy().enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                    .readValue(in, RulesFile.class);
            rules = List.copyOf(file.rules());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Comparison rules in " + where + " cannot be read: " + e.getMessage(), e);
        }
    }

    public Comparison compare(Conflict conflict, Topic topic, PartialDate asOf) {
        LocalDate day = PartialDate.endOf(asOf);
        List<Long> partyIds = Participant.ofConflicts(List.of(conflict.id), day).stream().map(p -> p.party.id)
                .distinct().toList();
        Map<Long, Party> parties = Party.byIds(partyIds).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        List<Position> standing = partyIds.isEmpty() ? List.of() : Position.onTopicOf(partyIds, topic, day);
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
                            && applies(rule.territories(), mine, theirs, shared)) {
                        findings.add(new Finding(rule.id(), rule.verdict(), position, other, shared, rule.explanation()
                                .replace("{party}", parties.get(position.party.id).name)
                                .replace("{other}", parties.get(other.party.id).name)
                                .replace("{territories}", shared.stream().map(t -> t.name).collect(Collectors.joining(", ")))));
                    }
                }
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.verdict));
        return new Comparison(conflict, topic, asOf, verdict(stances, findings), stances, findings);
    }

    private static boolean applies(TerritoryCondition condition, List<Territory> mine, List<Territory> theirs,
            List<Territory> shared) {
        return switch (condition) {
            case OVERLAP -> !shared.isEmpty();
            case OVERLAP_OR_UNSPECIFIED -> !shared.isEmpty() || mine.isEmpty() || theirs.isEmpty();
            case ANY -> true;
        };
    }

    static Compatibility verdict(List<Stance> stances, List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.verdict == Compatibility.OPPOSED)) {
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
