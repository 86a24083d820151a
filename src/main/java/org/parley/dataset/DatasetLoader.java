package org.parley.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.parley.common.DomainEntity;
import org.parley.common.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.conflict.ConflictRole;
import org.parley.conflict.Participant;
import org.parley.event.Event;
import org.parley.event.EventKind;
import org.parley.event.Figure;
import org.parley.outcome.Outcome;
import org.parley.outcome.OutcomeKind;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.person.Office;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.position.PositionKind;
import org.parley.position.Topic;
import org.parley.source.Citation;
import org.parley.source.SourceDocument;
import org.parley.statement.Statement;
import org.parley.talks.Delegation;
import org.parley.talks.Round;
import org.parley.talks.RoundStatus;
import org.parley.talks.Talks;
import org.parley.territory.Territory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads a dataset file (format documented in docs/dataset.md) into an empty database at start-up (called by
 * {@link DatabaseStartup}), in one transaction: a file that fails validation stops start-up and leaves nothing behind.
 */
@ApplicationScoped
public class DatasetLoader {

    public static final String FORMAT = "parley-dataset";
    public static final int VERSION = 1;
    static final String BUNDLED = "dataset/istanbul-2025.json";

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    @ConfigProperty(name = "parley.dataset.path")
    Optional<String> path;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    /** True when start-up loads the bundled dataset rather than a file of the operator's. */
    boolean loadsBundledDataset() {
        return path.isEmpty();
    }

    /** Loads the configured dataset, or the bundled one, when the database holds no data (DatabaseStartup). */
    @Transactional
    void loadIntoEmptyDatabase() {
        if (SourceDocument.count() > 0) {
            LOG.info("Database already holds data: dataset not loaded");
            return;
        }
        if (path.isPresent()) {
            load(Path.of(path.get()));
        } else {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
                load("classpath:" + BUNDLED, in);
            } catch (IOException e) {
                throw new DatasetException("dataset file 'classpath:" + BUNDLED + "': cannot be read", e);
            }
        }
    }

    @Transactional
    public Counts load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(file.toString(), in);
        } catch (IOException e) {
            throw new DatasetException("dataset file '" + file + "': cannot be read: " + e.getMessage(), e);
        }
    }

    @Transactional
    public Counts load(String name, InputStream in) {
        if (in == null) {
            throw new DatasetException("dataset file '" + name + "': not found");
        }
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new DatasetException("dataset file '" + name + "': not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DatasetException("dataset file '" + name + "': cannot be read: " + e.getMessage(), e);
        }
        Counts counts = new Run(name).load(root);
        LOG.infof("Loaded dataset %s: %s", name, counts);
        return counts;
    }

    /** How many records of each kind a load stored. */
    public record Counts(int sources, int parties, int people, int conflicts, int talks, int rounds, int positions,
            int statements, int events, int citations) {
    }

    /** One load: the records seen so far by key, and the rows written. */
    private final class Run {

        private final String file;
        private final Map<String, SourceDocument> sources = new HashMap<>();
        private final Map<String, Party> parties = new HashMap<>();
        private final Map<String, Person> people = new HashMap<>();
        private final Map<String, Conflict> conflicts = new HashMap<>();
        private final Map<String, Territory> territories = new HashMap<>();
        private final Map<String, Talks> talks = new HashMap<>();
        private final Map<String, Round> rounds = new HashMap<>();
        private final Map<String, Position> positions = new HashMap<>();
        private int statements;
        private int events;
        private int citations;

        Run(String file) {
            this.file = file;
        }

        Counts load(JsonNode json) {
            Rec root = new Rec(file, "", json, Set.of("format", "version", "description", "sources", "parties",
                    "people", "conflicts", "positions", "statements"));
            if (!FORMAT.equals(root.text("format"))) {
                throw root.fail("format", "must be \"" + FORMAT + "\"");
            }
            if (root.requiredInt("version") != VERSION) {
                throw root.fail("version", "this Parley reads version " + VERSION);
            }
            root.records("sources", Set.of("key", "title", "publisher", "author", "url", "publishedOn"))
                    .forEach(this::source);
            root.records("parties", Set.of("key", "name", "kind", "description", "sources")).forEach(this::party);
            root.records("people", Set.of("key", "name", "party", "description", "offices", "sources"))
                    .forEach(this::person);
            root.records("conflicts", Set.of("key", "name", "startDate", "description", "participants",
                    "territories", "events", "talks", "sources")).forEach(this::conflict);
            root.records("positions", Set.of("key", "party", "topic", "kind", "text", "statedOn", "statedBy", "round",
                    "supersedes", "territories", "sources")).forEach(this::position);
            root.records("statements", Set.of("key", "person", "party", "speaker", "text", "direct", "date", "round",
                    "context", "sources")).forEach(this::statement);
            em.flush();
            return new Counts(sources.size(), parties.size(), people.size(), conflicts.size(), talks.size(),
                    rounds.size(), positions.size(), statements, events, citations);
        }

        private void source(Rec rec) {
            String key = rec.key(sources);
            SourceDocument source = new SourceDocument();
            source.title = rec.text("title");
            source.publisher = rec.text("publisher");
            source.author = rec.text("author");
            source.url = rec.requiredText("url");
            if (!source.url.matches("https?://\\S+")) {
                throw rec.fail("url", "must be an absolute http(s) address");
            }
            source.setPublishedOn(rec.date("publishedOn"));
            source.persist();
            sources.put(key, source);
        }

        private void party(Rec rec) {
            String key = rec.key(parties);
            Party party = new Party();
            party.name = rec.requiredText("name");
            party.kind = rec.requiredEnum("kind", PartyKind.class);
            party.description = rec.text("description");
            cite(rec, party);
            parties.put(key, party);
        }

        private void person(Rec rec) {
            String key = rec.key(people);
            Person person = new Person();
            person.name = rec.requiredText("name");
            person.party = rec.ref("party", parties, "party");
            person.description = rec.text("description");
            cite(rec, person);
            people.put(key, person);
            for (Rec o : rec.records("offices", Set.of("title", "party", "from", "to", "current", "sources"))) {
                Office office = new Office();
                office.person = person;
                office.title = o.requiredText("title");
                office.party = o.ref("party", parties, "party");
                office.setFrom(o.date("from"));
                PartialDate to = o.date("to");
                office.setTo(to);
                office.current = o.bool("current", to == null);
                if (office.current && to != null) {
                    throw o.fail("current", "cannot be true for an office with an end date");
                }
                cite(o, office);
            }
        }

        private void conflict(Rec rec) {
            String key = rec.key(conflicts);
            Conflict conflict = new Conflict();
            conflict.name = rec.requiredText("name");
            conflict.setStartDate(rec.date("startDate"));
            conflict.description = rec.text("description");
            cite(rec, conflict);
            conflicts.put(key, conflict);
            for (Rec p : rec.records("participants", Set.of("party", "role", "description", "from", "to", "sources"))) {
                Participant participant = new Participant();
                participant.conflict = conflict;
                participant.party = p.requiredRef("party", parties, "party");
                participant.role = p.requiredEnum("role", ConflictRole.class);
                participant.description = p.text("description");
                participant.setFrom(p.date("from"));
                participant.setTo(p.date("to"));
                cite(p, participant);
            }
            for (Rec t : rec.records("territories", Set.of("key", "name", "description", "annexedBy",
                    "annexationDate", "sources"))) {
                territory(t, conflict);
            }
            for (Rec e : rec.records("events", Set.of("kind", "date", "place", "description", "claimedBy", "figures",
                    "sources"))) {
                event(e, conflict);
            }
            for (Rec t : rec.records("talks", Set.of("key", "name", "host", "city", "description", "rounds",
                    "sources"))) {
                talks(t, conflict);
            }
        }

        private void territory(Rec rec, Conflict conflict) {
            String key = rec.key(territories);
            Territory territory = new Territory();
            territory.conflict = conflict;
            territory.name = rec.requiredText("name");
            territory.description = rec.text("description");
            territory.annexedBy = rec.ref("annexedBy", parties, "party");
            territory.setAnnexationDate(rec.date("annexationDate"));
            cite(rec, territory);
            territories.put(key, territory);
        }

        private void event(Rec rec, Conflict conflict) {
            Event event = new Event();
            event.conflict = conflict;
            event.kind = rec.requiredEnum("kind", EventKind.class);
            event.setDate(rec.requiredDate("date"));
            event.place = rec.text("place");
            event.description = rec.requiredText("description");
            event.claimedBy = rec.ref("claimedBy", parties, "party");
            for (Rec f : rec.records("figures", Set.of("quantity", "unit", "qualifier"))) {
                Figure figure = new Figure();
                figure.quantity = f.requiredNumber("quantity");
                figure.unit = f.requiredText("unit");
                figure.qualifier = f.text("qualifier");
                event.figures.add(figure);
            }
            cite(rec, event);
            events++;
        }

        private void talks(Rec rec, Conflict conflict) {
            String key = rec.key(talks);
            Talks process = new Talks();
            process.conflict = conflict;
            process.name = rec.requiredText("name");
            process.host = rec.ref("host", parties, "party");
            process.city = rec.text("city");
            process.description = rec.text("description");
            cite(rec, process);
            talks.put(key, process);
            for (Rec r : rec.records("rounds", Set.of("key", "number", "date", "city", "venue", "host", "status",
                    "summary", "delegations", "outcomes", "sources"))) {
                round(r, process);
            }
        }

        private void round(Rec rec, Talks process) {
            String key = rec.key(rounds);
            Round round = new Round();
            round.talks = process;
            round.number = rec.requiredInt("number");
            if (round.number < 1) {
                throw rec.fail("number", "must be 1 or more");
            }
            round.setDate(rec.requiredDate("date"));
            round.city = rec.text("city");
            round.venue = rec.text("venue");
            round.host = rec.ref("host", parties, "party");
            round.status = rec.requiredEnum("status", RoundStatus.class);
            round.summary = rec.text("summary");
            cite(rec, round);
            rounds.put(key, round);
            for (Rec d : rec.records("delegations", Set.of("party", "head", "members", "description", "sources"))) {
                Delegation delegation = new Delegation();
                delegation.round = round;
                delegation.party = d.requiredRef("party", parties, "party");
                delegation.head = d.ref("head", people, "person");
                delegation.members.addAll(d.refs("members", people, "person", false));
                delegation.description = d.text("description");
                cite(d, delegation);
            }
            for (Rec o : rec.records("outcomes", Set.of("kind", "description", "sources"))) {
                Outcome outcome = new Outcome();
                outcome.round = round;
                outcome.kind = o.requiredEnum("kind", OutcomeKind.class);
                outcome.description = o.requiredText("description");
                cite(o, outcome);
            }
        }

        private void position(Rec rec) {
            String key = rec.key(positions);
            Position position = new Position();
            position.party = rec.requiredRef("party", parties, "party");
            position.topic = rec.requiredEnum("topic", Topic.class);
            position.kind = rec.requiredEnum("kind", PositionKind.class);
            position.text = rec.requiredText("text");
            position.setStatedOn(rec.requiredDate("statedOn"));
            position.statedBy = rec.ref("statedBy", people, "person");
            position.round = rec.ref("round", rounds, "round");
            position.territories.addAll(rec.refs("territories", territories, "territory", false));
            cite(rec, position);
            for (Position older : rec.refs("supersedes", positions, "earlier position", false)) {
                if (older.party != position.party || older.statedDate.isAfter(position.statedDate)) {
                    throw rec.fail("supersedes", "a position can only supersede an earlier one of the same party");
                }
                older.supersededBy = position;
            }
            positions.put(key, position);
        }

        private void statement(Rec rec) {
            Statement statement = new Statement();
            statement.person = rec.ref("person", people, "person");
            statement.party = rec.ref("party", parties, "party");
            statement.speaker = rec.text("speaker");
            if (statement.person == null && statement.speaker == null) {
                throw rec.fail("speaker", "is required when no person is named");
            }
            statement.text = rec.requiredText("text");
            statement.direct = rec.bool("direct", false);
            statement.setDate(rec.date("date"));
            statement.round = rec.ref("round", rounds, "round");
            statement.context = rec.text("context");
            cite(rec, statement);
            statements++;
        }

        /** Stores a fact and the citations its record lists: every fact needs at least one. */
        private void cite(Rec rec, DomainEntity fact) {
            List<SourceDocument> cited = rec.refs("sources", sources, "source", true);
            fact.persist();
            for (SourceDocument source : cited) {
                Citation.of(source, fact).persist();
                citations++;
            }
        }
    }
}
