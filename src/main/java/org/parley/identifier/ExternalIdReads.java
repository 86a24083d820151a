package org.parley.identifier;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.Rows;
import org.parley.common.read.TypeRead;

/**
 * How ExternalId's fields read as SQL, and `externalIds` of the records that carry them (the read planner's model;
 * the resolvers are ExternalIdGraphQLApi's and each type's, through {@link ExternalIds}).
 */
@ApplicationScoped
public class ExternalIdReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(ExternalId.class);
    }

    @Override
    public List<TypeRead> more() {
        // declared for every type, asked only of those whose schema has the field
        return List.of(TypeRead.everyType().list("externalIds", ExternalId.class, (sql, id, unused, subject, arguments) -> new Rows(
                sql.table(ExternalId.class) + " " + id, sql.about(ExternalId.class, id, subject),
                List.of(sql.column(ExternalId.class, id, "scheme")), sql.column(ExternalId.class, id, "id"))));
    }
}
