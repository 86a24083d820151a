package org.parley.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;

import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.DomainEntity;
import org.parley.dataset.DatasetFormat.Key;
import org.parley.dataset.DatasetFormat.Section;
import org.parley.identifier.ExternalId;
import org.parley.identifier.ExternalIdInput;
import org.parley.position.Position;
import org.parley.source.Citation;
import org.parley.source.CitationInput;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the whole database as a dataset file, the format {@link DatasetLoader} reads: each record as the input that
 * would write it, keyed `round-3` (its kind and its place among the records of that kind), records in the order they
 * were created except that a position follows those it supersedes. Loading the file gives the same graph: the
 * backup, and the way from one database to another.
 */
@ApplicationScoped
public class DatasetExporter {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** Writes the database to {@code out}, which it leaves open; returns what it wrote. */
    @Transactional
    public Counts write(OutputStream out) throws IOException {
        return new Run().write(out);
    }

    /** One export: the keys given so far (by row id: one sequence serves every table) and the citations. */
    private final class Run implements DatasetFormat.Names {

        private final ObjectMapper values = mapper.copy().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        private final Map<Long, String> keys = new HashMap<>();
        private final Map<String, Integer> lastKey = new HashMap<>();
        private final Map<Long, List<Citation>> citationsBySubject = new HashMap<>();
        private final Map<Long, List<ExternalId>> externalIdsBySubject = new HashMap<>();
        private final Map<Long, List<Position>> supersededBy = new HashMap<>();
        private final Map<Section<?>, Map<Long, List<DomainEntity>>> childrenByParent = new HashMap<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();

        Counts write(OutputStream out) throws IOException {
            for (Citation citation : all(Citation.class)) {
                citationsBySubject.computeIfAbsent(citation.subjectId, id -> new ArrayList<>()).add(citation);
            }
            for (ExternalId id : all(ExternalId.class)) {
                externalIdsBySubject.computeIfAbsent(id.subjectId, subject -> new ArrayList<>()).add(id);
            }
            try (JsonGenerator json = values.getFactory().createGenerator(out)) {
                json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeStringField("format", DatasetFormat.FORMAT);
                json.writeNumberField("version", DatasetFormat.VERSION);
                json.writeStringField("description", "Exported from Parley at " + Instant.now() + ".");
                for (Section<?> section : DatasetFormat.SECTIONS) {
                    json.writeArrayFieldStart(section.field());
                    for (DomainEntity entity : inOrder(section)) {
                        json.writeTree(record(section, entity));
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            return new Counts(counts);
        }

        private List<? extends DomainEntity> inOrder(Section<?> section) {
            List<? extends DomainEntity> rows = all(section.type());
            if (section.type() != Position.class) {
                return rows;
            }
            List<Position> positions = new ArrayList<>();
            for (DomainEntity row : rows) {
                Position position = (Position) row;
                if (position.supersededBy != null) {
                    supersededBy.computeIfAbsent(position.supersededBy.id, id -> new ArrayList<>()).add(position);
                }
            }
            Set<Long> placed = new HashSet<>();
            rows.forEach(row -> placeAfterOlder((Position) row, placed, positions));
            return positions;
        }

        private void placeAfterOlder(Position position, Set<Long> placed, List<Position> into) {
            if (placed.add(position.id)) {
                supersededBy(position).forEach(older -> placeAfterOlder(older, placed, into));
                into.add(position);
            }
        }

        @SuppressWarnings("unchecked")
        private <E extends DomainEntity> ObjectNode record(Section<E> section, DomainEntity row) {
            E entity = (E) row;
            ObjectNode record = values.createObjectNode();
            if (section.key() == Key.REQUIRED) {
                String kind = GlobalId.typeName(section.type()).toLowerCase(Locale.ROOT);
                String key = kind + "-" + lastKey.merge(kind, 1, Integer::sum);
                keys.put(entity.id, key);
                record.put("key", key);
            }
            ObjectNode fields = values.valueToTree(section.output().apply(entity, this));
            if (section.parent() != null) {
                fields.remove(section.parent());
            }
            record.setAll(fields);
            counts.merge(section.counted(), 1, Integer::sum);
            for (Section<?> nested : section.nested()) {
                List<DomainEntity> children = children(nested).getOrDefault(entity.id, List.of());
                if (!children.isEmpty()) {
                    ArrayNode array = record.putArray(nested.field());
                    children.forEach(child -> array.add(record(nested, child)));
                }
            }
            return record;
        }

        /** The records of a nested kind, by their parent's id. */
        private <E extends DomainEntity> Map<Long, List<DomainEntity>> children(Section<E> nested) {
            return childrenByParent.computeIfAbsent(nested, section -> {
                Map<Long, List<DomainEntity>> byParent = new HashMap<>();
                for (E child : all(nested.type())) {
                    byParent.computeIfAbsent(nested.parentOf().apply(child).id, id -> new ArrayList<>()).add(child);
                }
                return byParent;
            });
        }

        private <E> List<E> all(Class<E> type) {
            CriteriaBuilder criteria = em.getCriteriaBuilder();
            CriteriaQuery<E> query = criteria.createQuery(type);
            Root<E> row = query.from(type);
            return em.createQuery(query.select(row).orderBy(criteria.asc(row.get("id")))).getResultList();
        }

        @Override
        public String of(DomainEntity record) {
            return record == null ? null : key(GlobalId.typeName(record.getClass()), record.id);
        }

        @Override
        public List<String> sourcesOf(DomainEntity record) {
            return citationsBySubject.getOrDefault(record.id, List.of()).stream().filter(Citation::plain)
                    .map(c -> keys.get(c.source.id)).toList();
        }

        @Override
        public List<CitationInput> citationsOf(DomainEntity record) {
            return citationsBySubject.getOrDefault(record.id, List.of()).stream().filter(c -> !c.plain())
                    .map(c -> CitationInput.of(c, keys.get(c.source.id),
                            c.attributedToId == null ? null : key("Party", c.attributedToId))).toList();
        }

        @Override
        public List<ExternalIdInput> externalIdsOf(DomainEntity record) {
            return externalIdsBySubject.getOrDefault(record.id, List.of()).stream()
                    .sorted(Comparator.comparing(id -> id.scheme.name())).map(id -> ExternalIdInput.of(id, this)).toList();
        }

        private String key(String type, long id) {
            String key = keys.get(id);
            if (key == null) { // the format reads top to bottom: a reference to a record not yet written cannot load
                throw new IllegalStateException(type + " " + id + " is referred to before it is written");
            }
            return key;
        }

        @Override
        public List<Position> supersededBy(Position newer) {
            return supersededBy.getOrDefault(newer.id, List.of());
        }
    }
}
