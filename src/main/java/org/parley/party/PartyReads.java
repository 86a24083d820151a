package org.parley.party;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.graphql.GlobalId;
import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.Rows;
import org.parley.common.read.Sql;
import org.parley.common.read.TypeRead;
import org.parley.source.Citation;
import org.parley.source.CitationStance;
import org.parley.source.SourceReads;

/**
 * How Party's fields read as SQL, and the parties citations attribute passages to: `Citation.attributedTo`, every
 * type's `claimedBy` and `disputedBy` (the read planner's model; the resolvers are PartyGraphQLApi's and {@link Claims}).
 */
@ApplicationScoped
public class PartyReads implements Reads {

    /** Only the records whose claim by the party (a Party id) a citation reports, as {@code Sources.claimedBy}. */
    public static final RootRead.Filter CLAIMED_BY = (value, rows) -> {
        Sql sql = rows.sql();
        String citation = sql.alias();
        return "exists (select 1 from " + sql.table(Citation.class) + " " + citation + " where "
                + SourceReads.citationOf(sql, citation, rows.row()) + " and " + SourceReads.stance(sql, citation, CitationStance.REPORTS_CLAIM)
                + " and " + sql.column(Citation.class, citation, "attributedToId") + " = "
                + sql.bind(GlobalId.keyOf((String) value, Party.class)) + ")";
    };

    @Override
    public TypeRead type() {
        return TypeRead.of(Party.class);
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Citation.class).one("attributedTo", Party.class, (sql, party, unused, citation, arguments) -> new Rows(
                sql.table(Party.class) + " " + party, sql.column(Party.class, party, "id") + " = "
                        + sql.column(Citation.class, citation, "attributedToId"), List.of(sql.column(Party.class, party, "id")),
                sql.column(Party.class, party, "id"))),
                TypeRead.everyType()
                        .list("claimedBy", Party.class, (sql, party, unused, subject, arguments) -> attributed(sql, party, subject,
                                CitationStance.REPORTS_CLAIM))
                        .list("disputedBy", Party.class, (sql, party, unused, subject, arguments) -> attributed(sql, party, subject,
                                CitationStance.DISPUTES)));
    }

    /** The distinct parties the subject's citations of {@code stance} name, by name (as {@link Claims}). */
    private static Rows attributed(Sql sql, String party, String subject, CitationStance stance) {
        String citation = sql.alias();
        String key = sql.column(Party.class, party, "id");
        return new Rows(sql.table(Party.class) + " " + party, "exists (select 1 from " + sql.table(Citation.class) + " " + citation
                + " where " + SourceReads.citationOf(sql, citation, subject) + " and " + SourceReads.stance(sql, citation, stance) + " and "
                + sql.column(Citation.class, citation, "attributedToId") + " = " + key + ")",
                List.of(sql.column(Party.class, party, "name"), key), key);
    }

    @Override
    public List<RootRead> roots() {
        // `conflict` stays with the resolver: who takes part in a conflict is the conflict package's to say
        return List.of(RootRead.byId("party", Party.class), RootRead.connection("parties", Party.class, PartyGraphQLApi.ORDER, PartyGraphQLApi.DIMENSIONS)
                .filter("kind", RootRead.Filter.equal("kind")).filter("nameContains", RootRead.Filter.contains("name"))
                .filter("disputed", SourceReads.DISPUTED));
    }
}
