package org.parley.statement;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.graphql.SearchResult;
import org.parley.common.graphql.TimelineItem;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.source.Cited;
import org.parley.talks.Round;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("Something said on the record: a quote or a close paraphrase, by a named person or an unnamed source of a party.")
public class Statement extends DomainEntity implements Node, Cited, SearchResult, TimelineItem {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Person person;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party party;

    @Description("Who spoke when no person is named, e.g. `A source within the Ukrainian delegation`.")
    public String speaker;

    @NotBlank
    @NonNull
    @Description("What was said: the exact words when `direct` is true, otherwise the sources' paraphrase.")
    public String text;

    @NonNull
    @Description("True when `text` is a verbatim quote, false when it is a paraphrase.")
    public boolean direct;

    @Ignore
    public LocalDate statedOn;

    @Ignore
    @Enumerated(EnumType.STRING)
    public DatePrecision statedOnPrecision;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Round round;

    @Description("Where and to whom it was said, e.g. `told reporters ahead of the third round`.")
    public String context;

    @Description("Date of the statement, to `datePrecision`; null when the sources do not date it.")
    public PartialDate getDate() {
        return PartialDate.of(statedOn, statedOnPrecision);
    }

    @Description("Precision of `date`; null when `date` is null.")
    public DatePrecision getDatePrecision() {
        return statedOn == null ? null : statedOnPrecision;
    }

    public void setDate(PartialDate date) {
        statedOn = date == null ? null : date.start();
        statedOnPrecision = date == null ? null : date.precision();
    }

    /**
     * Statements made at a conflict's rounds, and those made outside any round by a party of the conflict; rounds
     * fetched in the same statement.
     */
    public static List<Statement> ofConflict(long conflictId) {
        return list("""
                from Statement s left join fetch s.round
                where s.round.id in (select r.id from Round r where r.talks.conflict.id = :conflict)
                   or (s.round is null and s.party.id in (select p.party.id from Participant p where p.conflict.id = :conflict))
                order by s.id""", Parameters.with("conflict", conflictId));
    }
}
