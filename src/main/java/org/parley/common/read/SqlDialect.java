package org.parley.common.read;

import java.util.List;
import java.util.stream.Collectors;

import org.parley.common.persistence.Database;

/**
 * The JSON-building SQL of the two databases. PostgreSQL cuts a nested list with a correlated derived table and a
 * limit; H2 2.3 cannot correlate a derived table, so it keeps the rows whose key is among the first n instead.
 */
enum SqlDialect {

    POSTGRESQL {
        @Override
        String object(List<String[]> pairs) {
            return pairs.stream().map(p -> literal(p[0]) + ", " + p[1]).collect(Collectors.joining(", ", "json_build_object(", ")"));
        }

        @Override
        String array(List<String> values) {
            return "json_build_array(" + String.join(", ", values) + ")";
        }

        @Override
        String aggregate(String value, String orderBy) {
            return "coalesce(json_agg(" + value + " order by " + orderBy + "), '[]'::json)";
        }

        @Override
        String joined(String value, String separator, String orderBy) {
            return "string_agg(" + value + ", " + separator + " order by " + orderBy + ")";
        }

        @Override
        String plusDays(String date, int days) {
            return "(" + date + " + " + days + ")";
        }

        @Override
        String joinOne(EntityTable table, String alias, String key) {
            // lateral, so that the row is probed by its key (EntityTable.byKey), not hashed against a scan of its table
            return " cross join lateral (select * from " + table.byKey(alias, key) + ") " + alias;
        }

        @Override
        String plusMonths(String date, int months) {
            return "cast(" + date + " + interval '" + months + " month' as date)";
        }
    },

    H2 {
        @Override
        String object(List<String[]> pairs) {
            return pairs.stream().map(p -> literal(p[0]) + ": " + p[1]).collect(Collectors.joining(", ", "json_object(", ")"));
        }

        @Override
        String array(List<String> values) {
            return values.isEmpty() ? "json_array()" : "json_array(" + String.join(", ", values) + " null on null)";
        }

        @Override
        String aggregate(String value, String orderBy) {
            // elements are objects, never null: H2 writes an explicit NULL ON NULL back where its own parser refuses it
            return "coalesce(json_arrayagg(" + value + " order by " + orderBy + "), json_array())";
        }

        @Override
        String joined(String value, String separator, String orderBy) {
            return "listagg(" + value + ", " + separator + ") within group (order by " + orderBy + ")";
        }

        @Override
        String plusDays(String date, int days) {
            return "dateadd(day, " + days + ", " + date + ")";
        }

        @Override
        String joinOne(EntityTable table, String alias, String key) {
            return " join " + table.name() + " " + alias + " on " + alias + "." + table.key() + " = " + key;
        }

        @Override
        String plusMonths(String date, int months) {
            return "dateadd(month, " + months + ", " + date + ")";
        }
    };

    static SqlDialect of(Database database) {
        return database == Database.H2 ? H2 : POSTGRESQL;
    }

    /**
     * Whether a derived table (a subquery in FROM) may read a column of the query around it: PostgreSQL's may; H2 2.4
     * refuses it (`Column "T0.ID" not found`) and has no LATERAL, so what needs one is written another way there, or not
     * planned.
     */
    boolean correlatesDerivedTables() {
        return this == POSTGRESQL;
    }

    /** A JSON object of (key, SQL value) pairs; keys are GraphQL names or planner keys, never client text. */
    abstract String object(List<String[]> pairs);

    /** A JSON array of SQL values, nulls kept. */
    abstract String array(List<String> values);

    /** The JSON array of {@code value} over the rows of a query, in order; empty (not null) for no rows. */
    abstract String aggregate(String value, String orderBy);

    /** {@link Sql#joined}, the separator a literal. */
    abstract String joined(String value, String separator, String orderBy);

    abstract String plusDays(String date, int days);

    /** {@link Sql#joinOne}. */
    abstract String joinOne(EntityTable table, String alias, String key);

    abstract String plusMonths(String date, int months);

    /** The last day of the period a partial date stored as its first day and precision covers: PartialDate.end(). */
    String periodEnd(String start, String precision) {
        return "case " + precision + " when 'WEEK' then " + plusDays(start, 6) + " when 'MONTH' then " + plusDays(plusMonths(start, 1), -1)
                + " when 'YEAR' then " + plusDays(plusMonths(start, 12), -1) + " else " + start + " end";
    }

    static String literal(String key) {
        if (!key.matches("[$_A-Za-z][_0-9A-Za-z.$]*")) {
            throw new IllegalArgumentException("not a key: " + key);
        }
        return "'" + key + "'";
    }
}
