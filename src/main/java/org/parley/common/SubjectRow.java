package org.parley.common;

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

    /** The global id of the record this row is about. */
    public String subject() {
        return GlobalId.encode(subjectType, subjectId);
    }
}
