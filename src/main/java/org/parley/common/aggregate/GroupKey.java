package org.parley.common.aggregate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.persistence.DomainEntity;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Type(GroupKey.TYPE)
@Description("A group's value of one dimension.")
@RegisterForReflection(methods = false)
public class GroupKey {

    public static final String TYPE = "AggregateGroupKey";

    @NonNull
    @Description("The dimension.")
    public Dimension dimension;

    @Description("The value as text: an enum value's name, a year (`2025`), a month (`2025-06`), a publisher, or the id of "
            + "the record (see `node`); null for the items that have none.")
    public String value;

    /** The record the value names, for dimensions of records ({@code node}); null otherwise. */
    final Class<? extends DomainEntity> record;
    final Long key;

    GroupKey(Dimension dimension, String value, Class<? extends DomainEntity> record, Long key) {
        this.dimension = dimension;
        this.value = value;
        this.record = record;
        this.key = key;
    }
}
