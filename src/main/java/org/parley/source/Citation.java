package org.parley.source;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.persistence.SubjectRow;

import io.quarkus.panache.common.Parameters;

/**
 * Links any fact row to a source that backs it, with the passage it rests on; one table serves every kind of fact
 * ({@link SubjectRow}).
 */
@Entity
@Type("Citation")
@Description("A source cited for a record: the passage that backs it, where it is, and how the source stands to it.")
public class Citation extends SubjectRow {

    /** Room for a sentence or two: a citation points at words, it does not copy the article. */
    public static final int QUOTE_LENGTH = 500;

    @Ignore
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    public SourceDocument source;

    @Size(max = QUOTE_LENGTH)
    @Description("The sentence or clause that backs the record, verbatim (` … ` marks text left out); null when none is "
            + "recorded.")
    public String quote;

    @Size(max = 200)
    @Description("Where the passage is in the document (a paragraph, a section); null when not recorded.")
    public String locator;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How the source stands to the record.")
    public CitationStance stance = CitationStance.SUPPORTS;

    /** The party whose words the passage reports (see {@link Attribution}); resolved by the party package. */
    @Ignore
    @Column(name = "attributed_to_id")
    public Long attributedToId;

    public static Citation of(SourceDocument source, DomainEntity subject) {
        Citation citation = new Citation();
        citation.source = source;
        citation.about(subject);
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

    /** Whether it says no more than that the source backs the record: no passage or place, supporting, nobody's words. */
    public boolean plain() {
        return quote == null && locator == null && stance == CitationStance.SUPPORTS && attributedToId == null;
    }
}
