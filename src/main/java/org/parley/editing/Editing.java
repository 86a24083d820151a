package org.parley.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.parley.common.error.ConflictException;
import org.parley.common.error.FieldError;
import org.parley.common.error.InvalidInputException;
import org.parley.common.error.NotFoundException;
import org.parley.common.graphql.GlobalId;
import org.parley.common.node.Nodes;
import org.parley.common.persistence.DataVersion;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.TextRules;

/**
 * The one path every write takes, a mutation or a record of a dataset file: validate the whole input (every bad field
 * reported with its path), resolve its references, write the record, its citations and its identifiers in other
 * databases. A mutation also needs a token with the right role and, for an update, the version the client read; it
 * flushes, so that any failure surfaces inside its transaction and rolls all of it back.
 */
@ApplicationScoped
public class Editing {

    public static final String ID = "Id of the record to change.";
    public static final String VERSION = "The record's `version` as you read it; refused with CONFLICT when it has changed since.";
    public static final String INPUT = "The record's new state, in full: fields left null are cleared.";
    public static final String CREATE = " Needs role `editor`. Returns the new record.";
    public static final String UPDATE = " Needs role `editor`. Returns the record as written, with its new `version`.";
    public static final String DELETE = " Needs role `admin`; refused with CONFLICT while other records refer to it. "
            + "Returns the deleted id.";

    private static final String MUTATION_ROOT = "input.";

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Nodes nodes;

    @Inject
    References references;

    @Inject
    Access access;

    @Inject
    Feeds feeds;

    @Inject
    Citing citing;

    @Inject
    Identifying identifying;

    @Inject
    DataVersion dataVersion;

    /** The references of mutation inputs: global ids. */
    private final Resolver byId = new Resolver() {
        @Override
        public <T extends DomainEntity> T find(Class<T> type, String id) {
            return nodes.find(type, id);
        }

        @Override
        public String naming() {
            return "id";
        }
    };

    public <E extends DomainEntity> E create(E entity, EntityInput<E> input) {
        access.require(Roles.EDITOR, Roles.ADMIN);
        insert(entity, input, new Fields(MUTATION_ROOT, byId));
        em.flush();
        dataVersion.advance();
        return entity;
    }

    /**
     * Stores a record read from a dataset file, whose references are resolved by {@code resolver} (keys); the
     * caller's transaction flushes once at its end.
     */
    public <E extends DomainEntity> E load(E entity, EntityInput<E> input, Resolver resolver) {
        insert(entity, input, new Fields("", resolver));
        dataVersion.advance();
        return entity;
    }

    public <E extends DomainEntity> E update(Class<E> type, String id, int version, EntityInput<E> input) {
        access.require(Roles.EDITOR, Roles.ADMIN);
        Fields fields = check(input, new Fields(MUTATION_ROOT, byId));
        E entity = current(type, id, version);
        input.writeTo(entity, fields);
        entity.touch();
        citing.write(entity, input, fields, false);
        identifying.write(entity, input, fields, false);
        em.flush();
        dataVersion.advance();
        return entity;
    }

    private <E extends DomainEntity> void insert(E entity, EntityInput<E> input, Fields fields) {
        check(input, fields);
        input.writeTo(entity, fields);
        entity.persist();
        citing.write(entity, input, fields, true);
        identifying.write(entity, input, fields, true);
    }

    /** Deletes a record and its citations; refused while other records still refer to it. */
    public <E extends DomainEntity> String delete(Class<E> type, String id, int version) {
        access.require(Roles.ADMIN);
        E entity = current(type, id, version);
        String referrers = references.describe(entity);
        if (!referrers.isEmpty()) {
            throw new ConflictException(GlobalId.typeName(type) + " " + TextRules.echo(id) + " is still referred to by " + referrers
                    + ": delete those or point them elsewhere first.");
        }
        citing.deleteAll(entity);
        identifying.deleteAll(entity);
        entity.delete();
        em.flush();
        dataVersion.advance();
        return id;
    }

    /** Sends a written record to its subscription feed once the transaction has committed, never when it rolls back. */
    public <T extends DomainEntity> T publish(T written) {
        return feeds.publish(written);
    }

    /** The record as stored, locked until the transaction ends so that concurrent writers queue up behind it. */
    private <E extends DomainEntity> E current(Class<E> type, String id, int version) {
        E entity = em.find(type, GlobalId.keyOf(id, type), LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException("No " + GlobalId.typeName(type) + " has id " + TextRules.echo(id) + ".");
        }
        if (entity.version != version) {
            throw new ConflictException(GlobalId.typeName(type) + " " + TextRules.echo(id) + " is at version " + entity.version
                    + ", not " + version + ": someone changed it since you read it. Read it again and re-apply your change.");
        }
        return entity;
    }

    private Fields check(Object input, Fields fields) {
        List<FieldError> errors = new ArrayList<>();
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        violations.forEach(v -> errors.add(new FieldError(fields.path(v.getPropertyPath().toString()), v.getMessage())));
        errors.addAll(citing.check(input, fields));
        errors.addAll(identifying.check(input, fields));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::path));
            throw new InvalidInputException(errors);
        }
        // one flush at the end, so that the lookups while writing do not raise the version once per flush
        em.setFlushMode(FlushModeType.COMMIT);
        return fields;
    }
}
