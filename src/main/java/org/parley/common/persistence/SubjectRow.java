package org.parley.common.persistence;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Ignore;
import org.parley.common.graphql.GlobalId;

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
     * The rows about each of {@code subjects}, in the parents' order: one statement for the subjects of each type (a
     * field of an interface may batch records of several), {@code rows} given the type name and keys.
     */
    public static <P extends DomainEntity, R extends SubjectRow> List<List<R>> of(List<P> subjects,
            BiFunction<String, List<Long>, List<R>> rows) {
        Map<String, List<P>> byType = subjects.stream()
                .collect(Collectors.groupingBy(s -> GlobalId.typeName(s.getClass()), LinkedHashMap::new, Collectors.toList()));
        Map<P, List<R>> found = new IdentityHashMap<>();
        byType.forEach((type, ofType) -> {
            List<List<R>> about = Batch.toMany(ofType, rows.apply(type, Batch.ids(ofType)), row -> row.subjectId);
            for (int i = 0; i < ofType.size(); i++) {
                found.put(ofType.get(i), about.get(i));
            }
        });
        return subjects.stream().map(found::get).toList();
    }

    /** The global id of the record this row is about. */
    public String subject() {
        return GlobalId.encode(subjectType, subjectId);
    }
}
