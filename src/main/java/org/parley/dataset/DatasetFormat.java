package org.parley.dataset;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.parley.common.DomainEntity;
import org.parley.conflict.Conflict;
import org.parley.conflict.ConflictInput;
import org.parley.conflict.Participant;
import org.parley.conflict.ParticipantInput;
import org.parley.editing.EntityInput;
import org.parley.event.Event;
import org.parley.event.EventInput;
import org.parley.event.FigureInput;
import org.parley.outcome.Outcome;
import org.parley.outcome.OutcomeInput;
import org.parley.party.Party;
import org.parley.party.PartyInput;
import org.parley.person.Office;
import org.parley.person.OfficeInput;
import org.parley.person.Person;
import org.parley.person.PersonInput;
import org.parley.position.Position;
import org.parley.position.PositionInput;
import org.parley.source.SourceDocument;
import org.parley.source.SourceInput;
import org.parley.statement.Statement;
import org.parley.statement.StatementInput;
import org.parley.talks.Delegation;
import org.parley.talks.DelegationInput;
import org.parley.talks.Round;
import org.parley.talks.RoundInput;
import org.parley.talks.Talks;
import org.parley.talks.TalksInput;
import org.parley.territory.Territory;
import org.parley.territory.TerritoryInput;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The dataset file format (docs/dataset.md): each kind of record is the mutation input of its type, read with its
 * fields as they are, plus a `key` other records refer to it by, and the records nested in it. A nested record
 * leaves out the field naming its parent (a round's `talks`), which the loader fills in. Sections are listed in the
 * order a file is read: a record refers only to records of earlier sections.
 */
@RegisterForReflection(targets = { SourceInput.class, PartyInput.class, PersonInput.class, OfficeInput.class,
        ConflictInput.class, ParticipantInput.class, TerritoryInput.class, EventInput.class, FigureInput.class,
        TalksInput.class, RoundInput.class, DelegationInput.class, OutcomeInput.class, PositionInput.class,
        StatementInput.class })
final class DatasetFormat {

    static final String FORMAT = "parley-dataset";
    static final int VERSION = 1;

    /** Fields of the top-level object other than the sections. */
    static final List<String> HEAD = List.of("format", "version", "description");

    /** Whether a record has a key: one that others refer to must, a statement may. */
    enum Key {
        REQUIRED, OPTIONAL, NONE
    }

    /**
     * One kind of record: the field holding its list, its type and input, its key, the input field that names the
     * parent of a nested record, what the format assumes for a field left out where the input has no default, and
     * the kinds nested in it.
     */
    record Section<E extends DomainEntity>(String field, Class<E> type, Supplier<E> create,
            Class<? extends EntityInput<E>> input, Key key, String parent, Consumer<ObjectNode> defaults,
            List<Section<?>> nested) {

        /** The fields a record of this kind may have. */
        Set<String> fields() {
            Set<String> fields = new TreeSet<>();
            for (RecordComponent component : input.getRecordComponents()) {
                fields.add(component.getName());
            }
            if (parent != null) {
                fields.remove(parent);
            }
            fields.remove("newSources"); // a file lists its sources in their own section
            if (key != Key.NONE) {
                fields.add("key");
            }
            nested.forEach(n -> fields.add(n.field()));
            return fields;
        }
    }

    private static <E extends DomainEntity> Section<E> section(String field, Class<E> type, Supplier<E> create,
            Class<? extends EntityInput<E>> input, Key key, String parent, Section<?>... nested) {
        return new Section<>(field, type, create, input, key, parent, values -> {
        }, List.of(nested));
    }

    /** An office without `current` is current when it has no end date (the input, a mutation's, needs it given). */
    private static final Section<Office> OFFICES = new Section<>("offices", Office.class, Office::new,
            OfficeInput.class, Key.NONE, "person", values -> {
                if (!values.has("current")) {
                    values.put("current", !values.hasNonNull("to"));
                }
            }, List.of());

    private static final Section<Talks> TALKS = section("talks", Talks.class, Talks::new, TalksInput.class,
            Key.REQUIRED, "conflict",
            section("rounds", Round.class, Round::new, RoundInput.class, Key.REQUIRED, "talks",
                    section("delegations", Delegation.class, Delegation::new, DelegationInput.class, Key.NONE, "round"),
                    section("outcomes", Outcome.class, Outcome::new, OutcomeInput.class, Key.NONE, "round")));

    /** The top-level sections, in the order they are read and written. */
    static final List<Section<?>> SECTIONS = List.of(
            section("sources", SourceDocument.class, SourceDocument::new, SourceInput.class, Key.REQUIRED, null),
            section("parties", Party.class, Party::new, PartyInput.class, Key.REQUIRED, null),
            section("people", Person.class, Person::new, PersonInput.class, Key.REQUIRED, null, OFFICES),
            section("conflicts", Conflict.class, Conflict::new, ConflictInput.class, Key.REQUIRED, null,
                    section("participants", Participant.class, Participant::new, ParticipantInput.class, Key.NONE, "conflict"),
                    section("territories", Territory.class, Territory::new, TerritoryInput.class, Key.REQUIRED, "conflict"),
                    section("events", Event.class, Event::new, EventInput.class, Key.NONE, "conflict"),
                    TALKS),
            section("positions", Position.class, Position::new, PositionInput.class, Key.REQUIRED, null),
            section("statements", Statement.class, Statement::new, StatementInput.class, Key.OPTIONAL, null));

    /** The fields of the top-level object. */
    static Set<String> headFields() {
        Set<String> fields = new TreeSet<>(HEAD);
        SECTIONS.forEach(s -> fields.add(s.field()));
        return fields;
    }

    static List<Section<?>> all() {
        List<Section<?>> all = new ArrayList<>();
        addAll(SECTIONS, all);
        return all;
    }

    private static void addAll(List<Section<?>> sections, List<Section<?>> into) {
        for (Section<?> section : sections) {
            into.add(section);
            addAll(section.nested(), into);
        }
    }

    private DatasetFormat() {
    }
}
