package org.parley.dataset;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.parley.agreement.Agreement;
import org.parley.agreement.AgreementInput;
import org.parley.agreement.AgreementParty;
import org.parley.agreement.AgreementPartyInput;
import org.parley.agreement.AgreementStage;
import org.parley.agreement.AgreementStageInput;
import org.parley.agreement.ImplementationRecord;
import org.parley.agreement.ImplementationRecordInput;
import org.parley.agreement.Provision;
import org.parley.agreement.ProvisionInput;
import org.parley.common.persistence.DomainEntity;
import org.parley.conflict.Conflict;
import org.parley.conflict.ConflictInput;
import org.parley.conflict.Participant;
import org.parley.conflict.ParticipantInput;
import org.parley.editing.EntityInput;
import org.parley.event.Event;
import org.parley.event.EventInput;
import org.parley.event.FigureInput;
import org.parley.identifier.ExternalIdInput;
import org.parley.identifier.ExternalIdScheme;
import org.parley.identifier.IdNaming;
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
import org.parley.source.CitationInput;
import org.parley.source.CitationStance;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
        StatementInput.class, AgreementInput.class, AgreementStageInput.class, AgreementPartyInput.class,
        ProvisionInput.class, ImplementationRecordInput.class, CitationInput.class, CitationStance.class,
        ExternalIdInput.class, ExternalIdScheme.class })
final class DatasetFormat {

    static final String FORMAT = "parley-dataset";
    /**
     * The version written; every version up to it is read (2 added agreements, which version 1 files lack; 3 added
     * citations with their passage, and moved an event's `claimedBy` into them; 4 added `externalIds`).
     */
    static final int VERSION = 4;

    /** An event's field before version 3: the party claiming it, now what its citations report. */
    private static final String EVENT_CLAIMANT = "claimedBy";

    /** The fields a record of the section may have in a file of the version. */
    static Set<String> fields(Section<?> section, int version) {
        Set<String> fields = section.fields();
        if (version < 3 && section.type() == Event.class) {
            fields.add(EVENT_CLAIMANT);
        }
        return fields;
    }

    /** Rewrites a record of an older version as the current version has it. */
    static void upgrade(Section<?> section, int version, ObjectNode values) {
        if (version < 3 && section.type() == Event.class && values.hasNonNull(EVENT_CLAIMANT)) {
            // each source cited for a claimed event reported the claim (as migration V11 has it in the database)
            JsonNode claimant = values.remove(EVENT_CLAIMANT);
            ArrayNode citations = values.withArray("citations");
            JsonNode sources = values.remove("sources");
            if (sources != null) {
                for (JsonNode source : sources) {
                    ObjectNode citation = citations.addObject();
                    citation.set("source", source);
                    citation.put("stance", "REPORTS_CLAIM");
                    citation.put("attributedTo", claimant.asText());
                }
            }
        }
    }

    /** Fields of the top-level object other than the sections. */
    static final List<String> HEAD = List.of("format", "version", "description");

    /** Whether a record has a key: one that others refer to must, a statement may. */
    enum Key {
        REQUIRED, OPTIONAL, NONE
    }

    /** What an export names records by, and what a position's input needs beyond its own row. */
    interface Names extends IdNaming {

        /** The positions this one supersedes. */
        List<Position> supersededBy(Position newer);
    }

    /**
     * One kind of record: the field holding its list, its type, its input and how a stored record becomes one, its
     * key, for a nested record the input field naming its parent and the parent itself, what the format assumes for
     * a field left out where the input has no default, and the kinds nested in it.
     */
    record Section<E extends DomainEntity>(String field, Class<E> type, Supplier<E> create,
            Class<? extends EntityInput<E>> input, BiFunction<E, Names, EntityInput<E>> output, Key key,
            String parent, Function<E, DomainEntity> parentOf, Consumer<ObjectNode> defaults, List<Section<?>> nested) {

        /** What the counts of a load or an export call these records: the field, unless a top-level section has it. */
        String counted() {
            boolean shadowed = parent != null && SECTIONS.stream().anyMatch(s -> s.field().equals(field));
            return shadowed ? parent + " " + field : field;
        }

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
            fields.addAll(structure());
            if (key == Key.NONE) {
                fields.remove("key");
            }
            return fields;
        }

        /** The fields that belong to the file's structure, not to the input: the key and the nested sections. */
        Set<String> structure() {
            Set<String> structure = new TreeSet<>(Set.of("key"));
            nested.forEach(n -> structure.add(n.field()));
            return structure;
        }
    }

    private static <E extends DomainEntity> Section<E> section(String field, Class<E> type, Supplier<E> create,
            Class<? extends EntityInput<E>> input, BiFunction<E, Names, EntityInput<E>> output, Key key,
            Section<?>... nested) {
        return new Section<>(field, type, create, input, output, key, null, null, values -> {
        }, List.of(nested));
    }

    private static <E extends DomainEntity> Section<E> nested(String field, Class<E> type, Supplier<E> create,
            Class<? extends EntityInput<E>> input, BiFunction<E, Names, EntityInput<E>> output, Key key,
            String parent, Function<E, DomainEntity> parentOf, Section<?>... nested) {
        return new Section<>(field, type, create, input, output, key, parent, parentOf, values -> {
        }, List.of(nested));
    }

    /** An office without `current` is current when it has no end date (the input, a mutation's, needs it given). */
    private static final Section<Office> OFFICES = new Section<>("offices", Office.class, Office::new,
            OfficeInput.class, OfficeInput::of, Key.NONE, "person", office -> office.person, values -> {
                if (!values.has("current")) {
                    values.put("current", !values.hasNonNull("to"));
                }
            }, List.of());

    private static final Section<Talks> TALKS = nested("talks", Talks.class, Talks::new, TalksInput.class,
            TalksInput::of, Key.REQUIRED, "conflict", talks -> talks.conflict,
            nested("rounds", Round.class, Round::new, RoundInput.class, RoundInput::of, Key.REQUIRED, "talks",
                    round -> round.talks,
                    nested("delegations", Delegation.class, Delegation::new, DelegationInput.class, DelegationInput::of,
                            Key.NONE, "round", delegation -> delegation.round),
                    nested("outcomes", Outcome.class, Outcome::new, OutcomeInput.class, OutcomeInput::of, Key.NONE,
                            "round", outcome -> outcome.round)));

    private static final Section<Agreement> AGREEMENTS = nested("agreements", Agreement.class, Agreement::new,
            AgreementInput.class, AgreementInput::of, Key.REQUIRED, "conflict", agreement -> agreement.conflict,
            nested("stages", AgreementStage.class, AgreementStage::new, AgreementStageInput.class, AgreementStageInput::of,
                    Key.NONE, "agreement", stage -> stage.agreement),
            nested("parties", AgreementParty.class, AgreementParty::new, AgreementPartyInput.class, AgreementPartyInput::of,
                    Key.NONE, "agreement", party -> party.agreement),
            nested("provisions", Provision.class, Provision::new, ProvisionInput.class, ProvisionInput::of, Key.REQUIRED,
                    "agreement", provision -> provision.agreement,
                    nested("ledger", ImplementationRecord.class, ImplementationRecord::new, ImplementationRecordInput.class,
                            ImplementationRecordInput::of, Key.NONE, "provision", record -> record.provision)));

    /** The top-level sections, in the order they are read and written. */
    static final List<Section<?>> SECTIONS = List.of(
            section("sources", SourceDocument.class, SourceDocument::new, SourceInput.class,
                    (source, names) -> SourceInput.of(source), Key.REQUIRED),
            section("parties", Party.class, Party::new, PartyInput.class, PartyInput::of, Key.REQUIRED),
            section("people", Person.class, Person::new, PersonInput.class, PersonInput::of, Key.REQUIRED, OFFICES),
            section("conflicts", Conflict.class, Conflict::new, ConflictInput.class, ConflictInput::of, Key.REQUIRED,
                    nested("participants", Participant.class, Participant::new, ParticipantInput.class,
                            ParticipantInput::of, Key.NONE, "conflict", participant -> participant.conflict),
                    nested("territories", Territory.class, Territory::new, TerritoryInput.class, TerritoryInput::of,
                            Key.REQUIRED, "conflict", territory -> territory.conflict),
                    nested("events", Event.class, Event::new, EventInput.class, EventInput::of, Key.NONE, "conflict",
                            event -> event.conflict),
                    TALKS, AGREEMENTS),
            section("positions", Position.class, Position::new, PositionInput.class,
                    (position, names) -> PositionInput.of(position, names.supersededBy(position), names), Key.REQUIRED),
            section("statements", Statement.class, Statement::new, StatementInput.class, StatementInput::of,
                    Key.OPTIONAL));

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
