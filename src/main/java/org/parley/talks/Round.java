package org.parley.talks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

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
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Table(name = "talks_round")
@Description("One round within talks: as a rule a meeting of the delegations (`mode` says when it was not).")
public class Round extends DomainEntity implements Node, Cited, SearchResult, TimelineItem {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Talks talks;

    @Positive
    @NonNull
    @Description("Ordinal of the round within its talks, from 1.")
    public int number;

    @NotNull
    @Ignore
    public LocalDate heldOn;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Precision of `date`.")
    public DatePrecision datePrecision;

    /** Last day of the date's period: what "in force on the round's date" compares with. */
    @NotNull
    @Ignore
    public LocalDate endsOn;

    @Description("City of the meeting, e.g. `Istanbul`.")
    public String city;

    @Description("Building or site of the meeting; null when the sources do not name it.")
    public String venue;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party host;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the round took place, as of the latest source.")
    public RoundStatus status;

    @Description("What happened at the round, in a few sentences.")
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_format")
    @Description("How many sides negotiated; null when the sources do not say.")
    public RoundFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_level")
    @Description("Who sat at the table, at the highest: leaders, ministers, delegations, experts; null when the sources do not say.")
    public RoundLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_mode")
    @Description("In person, remote, through a mediator shuttling between the sides, or no meeting at all (diplomatic "
            + "channels); null when the sources do not say.")
    public RoundMode mode;

    @Description("Whether the round brought people together (any `mode` but DIPLOMATIC_CHANNELS); null when `mode` is.")
    public Boolean getMeeting() {
        return mode == null ? null : mode.isMeeting();
    }

    @NonNull
    @Description("Date of the round, to `datePrecision`.")
    public PartialDate getDate() {
        return new PartialDate(heldOn, datePrecision);
    }

    public void setDate(PartialDate date) {
        heldOn = date.start();
        datePrecision = date.precision();
        endsOn = date.end();
    }

    public static List<Round> ofConflict(long conflictId) {
        return list("talks.conflict.id = :conflictId order by heldOn, number", Parameters.with("conflictId", conflictId));
    }

    public static List<Round> byIds(Collection<Long> ids) {
        return list("id in :ids", Parameters.with("ids", ids));
    }
}
