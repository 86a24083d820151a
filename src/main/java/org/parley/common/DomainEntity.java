package org.parley.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Base of every stored row. The numeric key stays internal: clients see the opaque global id of {@link Node}
 * (each GraphQL type declares {@code implements Node} itself: SmallRye reads interfaces off the class, not its parents).
 * One sequence serves all tables, so keys are unique across types.
 */
@MappedSuperclass
public abstract class DomainEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parley_id")
    @SequenceGenerator(name = "parley_id", sequenceName = "parley_id_seq", allocationSize = 50)
    @Ignore
    public Long id;

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description(Node.ID_DESCRIPTION)
    public String getNodeId() {
        return GlobalId.of(getClass(), id);
    }
}
