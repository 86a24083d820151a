package org.parley.source;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.parley.common.DomainEntity;
import org.parley.common.GlobalId;

import io.quarkus.panache.common.Parameters;

/**
 * Links any fact row to a source that backs it. The subject is named by its GraphQL type name and key rather than
 * by a foreign key, so one table serves every kind of fact.
 */
@Entity
public class Citation extends DomainEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    public SourceDocument source;

    @NotBlank
    public String subjectType;

    @NotNull
    public Long subjectId;

    public static Citation of(SourceDocument source, DomainEntity subject) {
        Citation citation = new Citation();
        citation.source = source;
        citation.subjectType = GlobalId.typeName(subject.getClass());
        citation.subjectId = subject.id;
        return citation;
    }

    public static List<Citation> ofSubject(DomainEntity subject) {
        return list("subjectType = :type and subjectId = :id",
                Parameters.with("type", GlobalId.typeName(subject.getClass())).and("id", subject.id));
    }

    /** The citations of the given subjects of one type, their sources fetched in the same statement. */
    public static List<Citation> ofSubjects(String subjectType, Collection<Long> subjectIds) {
        return list("from Citation c join fetch c.source where c.subjectType = :type and c.subjectId in :ids order by c.id",
                Parameters.with("type", subjectType).and("ids", subjectIds));
    }
}
