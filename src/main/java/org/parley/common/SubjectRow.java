package org.parley.common;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Ignore;

/**
 * A row about any kind of record (a citation, an identifier in another database): its subject is named by its GraphQL
 * type name and key rather than by a foreign key, so one table serves every type.
 */
@MappedSuperclass
public abstract class SubjectRow extends DomainEntity {

    @Ignore
    @NotBlank
    public String subjectType;

    @Ignore
    @NotNull
    public Long subjectId;

    /** Makes this row about {@code subject}. */
    protected void about(DomainEntity subject) {
        subjectType = GlobalId.typeName(subject.getClass());
        subjectId = subject.id;
    }

    /** Whether this row is about {@code subject}. */
    public boolean isAbout(DomainEntity subject) {
        return subjectType.equals(GlobalId.typeName(subject.getClass())) && subjectId.equals(subject.id);
    }

    /**
     * The rows about each of {@code subjects} (all of one type), in the parents' order: one statement for all of them,
     * {@code rows} given the subjects' type name and keys.
     */
    public static <P extends DomainEntity, R extends SubjectRow> List<List<R>> of(List<P> subjects,
            BiFunction<String, List<Long>, List<R>> rows) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return Batch.toMany(subjects, rows.apply(GlobalId.typeName(subjects.get(0).getClass()), Batch.ids(subjects)), row -> row.subjectId);
    }

    /** The global id of the record this row is about. */
    public String subject() {
        return GlobalId.encode(subjectType, subjectId);
    }
}
