package org.parley.source;

import java.util.Map;

import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.persistence.Where;

/**
 * The descriptions of what backs every cited record ({@link Cited}) and the root lists' filters on it; the fields are
 * {@link CitedGraphQLApi}'s, read through {@link CitationsRead}. The parties a citation names are the party
 * package's (party/Claims).
 */
public final class Sources {

    public static final String SOURCES = "Sources that back this record.";
    public static final String CITATIONS = "The sources cited for this record, each with the passage that backs it "
            + "(where recorded), where it is, and its stance: one that disputes the record, one that reports a claim.";
    public static final String DISPUTED = "Whether a cited source disputes this record (a citation with stance "
            + "DISPUTES): the record is one side's account, not a settled fact.";
    public static final String DISPUTED_FILTER = "true: only records a cited source disputes (`disputed`); false: only "
            + "undisputed ones; absent: both.";

    private Sources() {
    }

    /** {@code where}, narrowed to the records of {@code type} whose claim by the party a source reports, when given. */
    public static Where claimedBy(Where where, Class<? extends DomainEntity> type, Long party) {
        if (party == null) {
            return where;
        }
        return where.andAll("id in (select c.subjectId from Citation c where c.subjectType = :claimType "
                + "and c.stance = :claim and c.attributedToId = :claimedBy)",
                Map.of("claimType", GlobalId.typeName(type), "claim", CitationStance.REPORTS_CLAIM, "claimedBy", party));
    }

    /** {@code where}, narrowed to the records of {@code type} a source disputes (or to the others) when asked. */
    public static Where disputed(Where where, Class<? extends DomainEntity> type, Boolean disputed) {
        if (disputed == null) {
            return where;
        }
        return where.andAll("id " + (disputed ? "in" : "not in") + " (select c.subjectId from Citation c "
                + "where c.subjectType = :citedType and c.stance = :disputes)",
                Map.of("citedType", GlobalId.typeName(type), "disputes", CitationStance.DISPUTES));
    }
}
