package org.parley.common.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.parley.common.graphql.GlobalId;
import org.parley.common.graphql.Node;

/**
 * Base of every stored row. The numeric key stays internal: clients see the opaque global id of {@link Node}
 * (each GraphQL type declares {@code implements Node} itself: SmallRye reads interfaces off the class, not its parents).
 * One sequence serves all tables, so keys are unique across types. Every row carries a version (optimistic locking)
 * and who wrote it when.
 */
@MappedSuperclass
public abstract class DomainEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parley_id")
    @SequenceGenerator(name = "parley_id", sequenceName = "parley_id_seq", allocationSize = 50)
    @Ignore
    public Long id;

    @Version
    @NonNull
    @Description("Revision of this record, from 0, raised by every update. An update names the version it read and is "
            + "refused with CONFLICT when the record has changed since.")
    public int version;

    @Description("When this record was created, in UTC; null for records loaded before editing existed.")
    public Instant createdAt;

    @Description("Who created it: the subject of the editor's token, or `parley` for the bundled dataset; null for "
            + "records loaded before editing existed.")
    public String createdBy;

    @Description("When this record was last written, in UTC; null for records loaded before editing existed.")
    public Instant updatedAt;

    @Description("Who last wrote it, like `createdBy`.")
    public String updatedBy;

    @PrePersist
    void stampCreation() {
        createdAt = now();
        createdBy = Editor.subject();
        updatedAt = createdAt;
        updatedBy = createdBy;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = now();
        updatedBy = Editor.subject();
    }

    /** Marks this row as written even when only its collections changed, so its version and audit move too. */
    public void touch() {
        updatedAt = now();
    }

    /** To the microsecond the columns keep, so that what a mutation returns is what a later read returns. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description(Node.ID_DESCRIPTION)
    public String getNodeId() {
        return GlobalId.of(getClass(), id);
    }
}
