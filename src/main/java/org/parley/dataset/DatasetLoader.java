package org.parley.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.parley.common.Settings;
import org.parley.common.error.InvalidInputException;
import org.parley.common.error.NotFoundException;
import org.parley.common.persistence.DomainEntity;
import org.parley.dataset.DatasetFormat.Key;
import org.parley.dataset.DatasetFormat.Section;
import org.parley.editing.Editing;
import org.parley.editing.EntityInput;
import org.parley.editing.Resolver;
import org.parley.source.SourceDocument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Loads a dataset file (format documented in docs/dataset.md) into an empty database at start-up (called by
 * {@link DatabaseStartup}), in one transaction: a file that fails validation stops start-up and leaves nothing behind.
 * Each record is read into its mutation input and written by {@link Editing}, as a mutation would write it, with
 * references resolved by key; a rule of an input holds for both.
 */
@ApplicationScoped
public class DatasetLoader {

    static final String BUNDLED = "dataset/istanbul-2025.json";

    /** Records per transaction of a load into an in-memory database (see loadIntoEmptyDatabase). */
    static final int RECORDS_PER_TRANSACTION = 10_000;

    /** A load in one transaction: nothing to do between records. */
    private static final Runnable NO_CHECKPOINT = () -> {
    };

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    @Inject
    Settings settings;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    Editing editing;

    @Inject
    TransactionManager transactions;

    /**
     * Reads a record's values into its input, refusing what the GraphQL schema would refuse: no coercion. A boolean
     * or number left out is false or 0 (the format's default for `direct`; a rule of the input catches a 0 number).
     */
    private ObjectMapper strict;

    @PostConstruct
    void configure() {
        strict = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean }) {
            strict.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** True when start-up loads the bundled dataset rather than a file of the operator's. */
    boolean loadsBundledDataset() {
        return settings.dataset().path().isEmpty();
    }

    /**
     * Loads the configured dataset, or the bundled one, when the database holds no data (DatabaseStartup), given an
     * hour: the default minute did not hold the bench's 100,000 positions. One transaction, all or nothing, unless
     * the database dies with the process ({@code inMemory}): in-memory H2 keeps a transaction's undo log in the heap
     * (the bench's dataset took more than 1 GB in one transaction, 230 MB once committed), so there a transaction is
     * committed every {@link #RECORDS_PER_TRANSACTION} records; a file that fails still leaves nothing behind, as
     * start-up stops and the database goes with the process.
     */
    void loadIntoEmptyDatabase(boolean inMemory) throws Exception {
        transactions.setTransactionTimeout(3600);
        transactions.begin();
        try {
            if (SourceDocument.count() > 0) {
                LOG.info("Database already holds data: dataset not loaded");
            } else {
                Runnable checkpoint = inMemory ? this::commitAndBegin : NO_CHECKPOINT;
                Optional<String> path = settings.dataset().path();
                if (path.isPresent()) {
                    load(Path.of(path.get()), checkpoint);
                } else {
                    try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
                        load("classpath:" + BUNDLED, in, checkpoint);
                    } catch (IOException e) {
                        throw new DatasetException("dataset file 'classpath:" + BUNDLED + "': cannot be read", e);
                    }
                }
            }
            transactions.commit();
        } catch (Exception | Error e) {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
            throw e;
        } finally {
            transactions.setTransactionTimeout(0);
        }
    }

    private void commitAndBegin() {
        try {
            transactions.commit(); // flushes and closes the transaction's session: the records written so far leave the heap
            transactions.begin();
        } catch (Exception e) {
            throw new IllegalStateException("dataset load: cannot commit a part of the load", e);
        }
    }

    @Transactional
    public Counts load(Path file) {
        return load(file, NO_CHECKPOINT);
    }

    private Counts load(Path file, Runnable checkpoint) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(file.toString(), in, checkpoint);
        } catch (IOException e) {
            throw new DatasetException("dataset file '" + file + "': cannot be read: " + e.getMessage(), e);
        }
    }

    @Transactional
    public Counts load(String name, InputStream in) {
        return load(name, in, NO_CHECKPOINT);
    }

    /** Loads in the caller's transaction; {@code checkpoint} runs every {@link #RECORDS_PER_TRANSACTION} records. */
    private Counts load(String name, InputStream in, Runnable checkpoint) {
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
        Counts counts = new Run(name, checkpoint).load(root);
        LOG.infof("Loaded dataset %s: %s", name, counts);
        return counts;
    }

    /**
     * One load: the records stored so far, by kind and key (their ids: a checkpoint may have ended the session that
     * held them).
     */
    private final class Run implements Resolver {

        private final String file;
        private final Runnable checkpoint;
        private final Map<Class<?>, Map<String, Long>> keyed = new HashMap<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final Map<Section<?>, Set<String>> fields = new IdentityHashMap<>();
        private final Map<Section<?>, Set<String>> structure = new IdentityHashMap<>();
        private int version;

        private int records;

        Run(String file, Runnable checkpoint) {
            this.file = file;
            this.checkpoint = checkpoint;
            DatasetFormat.all().forEach(section -> counts.put(section.counted(), 0));
        }

        Counts load(JsonNode json) {
            Rec root = new Rec(file, "", json, DatasetFormat.headFields());
            if (!DatasetFormat.FORMAT.equals(root.text("format"))) {
                throw root.fail("format", "must be \"" + DatasetFormat.FORMAT + "\"");
            }
            int version = root.requiredInt("version");
            if (version < 1 || version > DatasetFormat.VERSION) {
                throw root.fail("version", "this Parley reads versions 1 to " + DatasetFormat.VERSION);
            }
            this.version = version;
            for (Section<?> section : DatasetFormat.SECTIONS) {
                readAll(root, section, null);
            }
            em.flush();
            return new Counts(counts);
        }

        private void readAll(Rec parent, Section<?> section, String parentKey) {
            int i = 0;
            for (JsonNode item : parent.array(section.field())) {
                String path = (parent.path().isEmpty() ? "" : parent.path() + ".") + section.field() + "[" + i++ + "]";
                read(new Rec(file, path, item, fields.computeIfAbsent(section, s -> DatasetFormat.fields(s, version))), section, parentKey);
            }
        }

        private <E extends DomainEntity> void read(Rec rec, Section<E> section, String parentKey) {
            Map<String, Long> known = keyed.computeIfAbsent(section.type(), type -> new HashMap<>());
            String key = section.key() == Key.NONE ? null : rec.key(known, section.key() == Key.REQUIRED);
            ObjectNode values = rec.values(structure.computeIfAbsent(section, Section::structure));
            if (section.parent() != null) {
                values.put(section.parent(), parentKey);
            }
            section.defaults().accept(values);
            DatasetFormat.upgrade(section, version, values);
            EntityInput<E> input;
            try {
                input = strict.treeToValue(values, section.input());
            } catch (JsonMappingException e) {
                throw rec.fail(e);
            } catch (JsonProcessingException e) {
                throw new DatasetException(rec.where() + ": " + e.getOriginalMessage(), e);
            }
            E entity;
            try {
                entity = editing.load(section.create().get(), input, this);
            } catch (InvalidInputException e) {
                throw e.fields().isEmpty() ? new DatasetException(rec.where() + ": " + e.getMessage(), e) : rec.fail(e.fields());
            } catch (NotFoundException e) {
                throw e.field() == null ? new DatasetException(rec.where() + ": " + e.getMessage(), e)
                        : rec.fail(List.of(e.field()));
            }
            if (key != null) {
                known.put(key, entity.id);
            }
            counts.merge(section.counted(), 1, Integer::sum);
            if (++records % RECORDS_PER_TRANSACTION == 0) {
                checkpoint.run();
            }
            for (Section<?> nested : section.nested()) {
                readAll(rec, nested, key);
            }
        }

        @Override
        public <T extends DomainEntity> T find(Class<T> type, String key) {
            Long id = keyed.getOrDefault(type, Map.of()).get(key);
            return id == null ? null : em.find(type, id);
        }

        @Override
        public String naming() {
            return "key";
        }
    }
}
