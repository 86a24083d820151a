package org.parley.identifier;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.graphql.GlobalId;
import org.parley.common.graphql.Node;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.persistence.SubjectRow;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

/**
 * A record's identifier in another database, cited like any fact; one table serves the five kinds of record that
 * carry them ({@link SubjectRow}).
 */
@Entity
@Type("ExternalId")
@Description("The same thing in another database: its identifier there and the page showing it. Cited like any fact "
        + "(`sources`, `citations`): a source that shows the identifier.")
public class ExternalId extends SubjectRow implements Node, Cited {

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The database.")
    public ExternalIdScheme scheme;

    /** Named `value` in the schema: a field named `id` is taken by Relay and Apollo for the object's own identity. */
    @NotBlank
    @NonNull
    @Column(name = "identifier")
    @Description("The identifier in that database, e.g. `Q212` in Wikidata. (Not named `id`: Relay and Apollo Client take "
            + "`id` as the object's own global identity, and two databases' identifiers may be equal.)")
    public String value;

    @NotBlank
    @NonNull
    @Description("The identified record's page in that database.")
    public String url;

    static ExternalId of(DomainEntity subject, ExternalIdScheme scheme) {
        ExternalId id = new ExternalId();
        id.about(subject);
        id.scheme = scheme;
        return id;
    }

    /** The identifiers of the given subjects of one type, by scheme. */
    public static List<ExternalId> ofSubjects(String subjectType, Collection<Long> subjectIds) {
        return list("subjectType = :type and subjectId in :ids order by scheme",
                Parameters.with("type", subjectType).and("ids", subjectIds));
    }

    static List<ExternalId> ofSubject(DomainEntity subject) {
        return ofSubjects(GlobalId.typeName(subject.getClass()), List.of(subject.id));
    }

    /** The identifier of this scheme and value, held once in the database; null when none is. */
    static ExternalId find(ExternalIdScheme scheme, String value) {
        return find("scheme = :scheme and value = :value", Parameters.with("scheme", scheme).and("value", value)).firstResult();
    }
}
