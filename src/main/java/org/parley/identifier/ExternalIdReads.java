package org.parley.identifier;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.error.InvalidInputException;
import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
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

    @Override
    public List<RootRead> roots() {
        // ExternalIdGraphQLApi.byExternalId: the record the identifier names; a malformed value is the resolver's error
        return List.of(RootRead.identified("byExternalId", (sql, e, arguments) -> {
            ExternalIdScheme scheme = ExternalIdScheme.valueOf(RootRead.Filter.stored(arguments.get("scheme")).toString());
            String value = (String) arguments.get("value");
            if (scheme.malformed(value) != null) {
                throw new InvalidInputException(value);
            }
            return new RootRead.Identified(sql.table(ExternalId.class) + " " + e, sql.column(ExternalId.class, e, "scheme") + " = "
                    + sql.bind(scheme.name()) + " and " + sql.column(ExternalId.class, e, "value") + " = " + sql.bind(value),
                    sql.column(ExternalId.class, e, "subjectType"), sql.column(ExternalId.class, e, "subjectId"));
        }));
    }
}
