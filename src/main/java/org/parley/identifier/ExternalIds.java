package org.parley.identifier;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.common.error.ConflictException;
import org.parley.common.error.FieldError;
import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.persistence.SubjectRow;
import org.parley.editing.Citing;
import org.parley.editing.Fields;
import org.parley.editing.Identifying;

/**
 * The identifiers in other databases a write records beside its record (see {@link Identifying}), each cited through
 * the same citations as any fact; and the batched `externalIds` field of the records that carry them.
 */
@ApplicationScoped
public class ExternalIds implements Identifying {

    public static final String EXTERNAL_IDS = "The record's identifiers in other databases (Wikidata, PA-X, UCDP), one "
            + "per scheme at most, by scheme: for joining Parley's data with data keyed by them.";

    private static final String FIELD = "externalIds";

    @Inject
    Citing citing;

    /** The identifiers of each subject, by scheme: one statement for all the subjects of a level. */
    public static <P extends DomainEntity> List<List<ExternalId>> of(List<P> subjects) {
        return SubjectRow.of(subjects, ExternalId::ofSubjects);
    }

    @Override
    public List<FieldError> check(Object input, Fields fields) {
        List<FieldError> errors = new ArrayList<>();
        List<ExternalIdInput> given = given(input);
        Set<ExternalIdScheme> schemes = EnumSet.noneOf(ExternalIdScheme.class);
        for (int i = 0; i < given.size(); i++) {
            ExternalIdInput id = given.get(i);
            Fields at = fields.at(FIELD + "[" + i + "].");
            if (id == null) {
                errors.add(new FieldError(fields.path(FIELD + "[" + i + "]"), "must not be null"));
                continue;
            }
            if (id.scheme() == null) {
                continue; // reported by Bean Validation
            }
            String malformed = id.scheme().malformed(id.value());
            if (malformed != null) {
                errors.add(new FieldError(at.path("value"), malformed));
            }
            if (!schemes.add(id.scheme())) {
                errors.add(new FieldError(at.path("scheme"), "the record already has a " + id.scheme()
                        + " identifier in this list: a record has one per scheme"));
            }
            errors.addAll(citing.check(id, at));
        }
        return errors;
    }

    @Override
    public void write(DomainEntity subject, Object input, Fields fields, boolean created) {
        if (!(input instanceof IdentifiedInput identified) || (identified.externalIds() == null && !created)) {
            return; // an update that leaves them out keeps them
        }
        String type = GlobalId.typeName(subject.getClass());
        Map<ExternalIdScheme, ExternalId> existing = new HashMap<>();
        if (!created) {
            ExternalId.ofSubject(subject).forEach(id -> existing.put(id.scheme, id));
        }
        List<ExternalIdInput> given = given(input);
        for (int i = 0; i < given.size(); i++) {
            ExternalIdInput wanted = given.get(i);
            Fields at = fields.at(FIELD + "[" + i + "].");
            at.check("scheme", wanted.scheme().refused(type));
            ExternalId holder = ExternalId.find(wanted.scheme(), wanted.value());
            if (holder != null && !holder.isAbout(subject)) {
                throw new ConflictException(wanted.scheme() + " " + wanted.value() + " already identifies " + holder.subjectType
                        + " " + holder.subject() + ": an identifier names one thing; correct that record or this one.");
            }
            ExternalId id = existing.remove(wanted.scheme());
            boolean fresh = id == null;
            if (fresh) {
                id = ExternalId.of(subject, wanted.scheme());
            }
            id.value = wanted.value();
            id.url = wanted.scheme().url(wanted.value());
            if (fresh) {
                id.persist();
            }
            citing.write(id, wanted, at, fresh);
        }
        existing.values().forEach(this::delete);
    }

    @Override
    public void deleteAll(DomainEntity subject) {
        ExternalId.ofSubject(subject).forEach(this::delete);
    }

    private void delete(ExternalId id) {
        citing.deleteAll(id);
        id.delete();
    }

    private static List<ExternalIdInput> given(Object input) {
        return input instanceof IdentifiedInput identified && identified.externalIds() != null ? identified.externalIds() : List.of();
    }
}
