package org.parley.common.read;

import java.util.List;

import org.parley.common.paging.SortKey;
import org.parley.common.persistence.SubjectRow;

/** What a declared read writes its SQL with: tables and columns as Hibernate maps them, fresh aliases, parameters. */
public interface Sql {

    String table(Class<?> entity);

    /** {@code alias.column} of an entity's basic or many-to-one attribute (the id included). */
    String column(Class<?> entity, String alias, String attribute);

    /** The ORDER BY terms of a sort key on the entity's table, aliased. */
    List<String> order(Class<?> entity, SortKey<?> order, String alias);

    /**
     * A FROM clause's continuation joining the row of {@code entity}, aliased {@code alias}, whose key is {@code key}
     * (an expression on the rows before it): for a list read through a link table, such as a record's sources through
     * its citations.
     */
    String joinOne(Class<?> entity, String alias, String key);

    /** An alias no other part of the statement uses. */
    String alias();

    /** A parameter, bound where it stands. */
    String bind(Object value);

    /** {@code alias.id} of the object whose field is read, its row aliased {@code alias}. */
    String ownerKey(String alias);

    /** The last day of the period of a partial date stored as its first day and its precision (PartialDate.end()). */
    String periodEnd(String start, String precision);

    /** The GraphQL type name of the object whose field is read (what citations name their subjects by). */
    String owner();

    /** The rows of a {@link SubjectRow} table aliased {@code alias} that are about the object aliased {@code subject}. */
    default String about(Class<? extends SubjectRow> entity, String alias, String subject) {
        return column(entity, alias, "subjectType") + " = " + bind(owner()) + " and " + column(entity, alias, "subjectId") + " = "
                + ownerKey(subject);
    }

    /**
     * A string literal of text known when the server starts (a rules file's words), not of a request's: those are
     * bound ({@link #bind}), so that one plan serves every value.
     */
    static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The texts of {@code value} over the rows of a query, in {@code orderBy}, joined by {@code separator}; null for no rows. */
    String joined(String value, String separator, String orderBy);
}
