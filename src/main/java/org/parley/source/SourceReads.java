package org.parley.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.Rows;
import org.parley.common.read.Sql;
import org.parley.common.read.TypeRead;

/**
 * How Source's and Citation's fields read as SQL, and the evidence every type has: `sources`, `citations` and
 * `disputed` (the read planner's model; the resolvers are SourceGraphQLApi's and each type's, through {@link Sources}).
 */
@ApplicationScoped
public class SourceReads implements Reads {

    @Override
    public TypeRead type() {
        return TypeRead.of(SourceDocument.class).partialDate("publishedOn", "publishedOnPrecision", "publishedDate", "publishedPrecision");
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Citation.class).toOne("source", "source"),
                TypeRead.everyType()
                        .list("sources", SourceDocument.class, (sql, source, citation, subject, arguments) -> new Rows(
                                sql.table(Citation.class) + " " + citation
                                        + sql.joinOne(SourceDocument.class, source, sql.column(Citation.class, citation, "source")),
                                citationOf(sql, citation, subject), List.of(sql.column(Citation.class, citation, "id")),
                                sql.column(Citation.class, citation, "id")))
                        .list("citations", Citation.class, (sql, citation, unused, subject, arguments) -> new Rows(
                                sql.table(Citation.class) + " " + citation, citationOf(sql, citation, subject),
                                List.of(sql.column(Citation.class, citation, "id")), sql.column(Citation.class, citation, "id")))
                        .bool("disputed", (sql, subject, arguments) -> {
                            String citation = sql.alias();
                            return "exists (select 1 from " + sql.table(Citation.class) + " " + citation + " where "
                                    + citationOf(sql, citation, subject) + " and " + stance(sql, citation, CitationStance.DISPUTES) + ")";
                        }));
    }

    /** The citation aliased {@code citation} takes this stance. */
    public static String stance(Sql sql, String citation, CitationStance stance) {
        return sql.column(Citation.class, citation, "stance") + " = " + sql.bind(stance.name());
    }

    /** `disputed: true`: only the records a citation disputes; `false`: only the others (as {@link Sources#disputed}). */
    public static final RootRead.Filter DISPUTED = (value, rows) -> {
        String citation = rows.sql().alias();
        return ((Boolean) value ? "" : "not ") + "exists (select 1 from " + rows.sql().table(Citation.class) + " " + citation + " where "
                + citationOf(rows.sql(), citation, rows.row()) + " and " + stance(rows.sql(), citation, CitationStance.DISPUTES) + ")";
    };

    /** The citations of the subject row aliased {@code subject}, in the order recorded (as {@link Citation#ofSubjects}). */
    public static String citationOf(Sql sql, String citation, String subject) {
        return sql.about(Citation.class, citation, subject);
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("source", SourceDocument.class),
                RootRead.connection("sources", SourceDocument.class, SourceGraphQLApi.ORDER, SourceGraphQLApi.DIMENSIONS).filter("publisher", RootRead.Filter.contains("publisher"))
                        // as the resolver's concat(coalesce(title, ''), ' ', coalesce(publisher, ''), ' ', coalesce(author, ''), ' ', url)
                        .filter("textContains", (value, rows) -> RootRead.Filter.containing("concat(coalesce(" + rows.column("title") + ", ''), ' ', coalesce("
                                + rows.column("publisher") + ", ''), ' ', coalesce(" + rows.column("author") + ", ''), ' ', " + rows.column("url") + ")",
                                (String) value, rows)));
    }
}
