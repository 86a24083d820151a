package org.parley.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.parley.common.persistence.Database;

/**
 * How the database finds and ranks the rows of one searchable type that hold the search terms: one way per database
 * kind, chosen once when the application starts ({@link #forDatabase}).
 */
interface TextMatching {

    static TextMatching forDatabase(Database database) {
        return database.fullText() ? new FullText() : new Substrings();
    }

    /** A native query whose rows are (id, searchable text, rank or anything). */
    default Query query(EntityManager em, SearchType type, List<String> terms) {
        return query(em, type.table, type.columns, terms);
    }

    /** The same over any table's text columns (citations' quotes). */
    Query query(EntityManager em, String table, String[] columns, List<String> terms);

    /** The rank of a row of {@link #query}. */
    double rank(Object[] row, List<String> terms);

    /** PostgreSQL's English full-text search: stemmed, ranked by ts_rank, served by the GIN indexes. */
    final class FullText implements TextMatching {

        @Override
        public Query query(EntityManager em, String table, String[] columns, List<String> terms) {
            // the very expression of the GIN indexes (db/postgresql/V6__search_indexes.sql, V12), or they go unused
            String document = Arrays.stream(columns).map(c -> "coalesce(r." + c + ", '')")
                    .collect(Collectors.joining(" || ' ' || "));
            String vector = "to_tsvector('english', " + document + ")";
            return em.createNativeQuery("select r.id, " + document + ", ts_rank(" + vector + ", q) from " + table
                    + " r, plainto_tsquery('english', ?1) q where " + vector + " @@ q order by 3 desc, 1")
                    .setParameter(1, String.join(" ", terms));
        }

        @Override
        public double rank(Object[] row, List<String> terms) {
            return ((Number) row[2]).doubleValue();
        }
    }

    /** H2, which has no built-in equivalent: every term as a case-insensitive substring, ranked by occurrences. */
    final class Substrings implements TextMatching {

        @Override
        public Query query(EntityManager em, String table, String[] columns, List<String> terms) {
            // H2's concat_ws wants two values at least, hence the empty string
            String document = "concat_ws(' ', " + Arrays.stream(columns).map(c -> "r." + c)
                    .collect(Collectors.joining(", ")) + ", '')";
            StringBuilder where = new StringBuilder();
            for (int i = 1; i <= terms.size(); i++) {
                where.append(i > 1 ? " and " : "").append("lower(").append(document).append(") like ?").append(i);
            }
            Query query = em.createNativeQuery("select r.id, " + document + ", 0 from " + table + " r where " + where);
            for (int i = 0; i < terms.size(); i++) {
                query.setParameter(i + 1, "%" + terms.get(i) + "%");
            }
            return query;
        }

        @Override
        public double rank(Object[] row, List<String> terms) {
            String lower = ((String) row[1]).toLowerCase(Locale.ROOT);
            double count = 0;
            for (String term : terms) {
                for (int at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length())) {
                    count++;
                }
            }
            return count;
        }
    }
}
