package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.graphql.SearchResult;
import org.parley.common.graphql.TimelineItem;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Table(name = "conflict_event")
@Description("Something that happened around the talks: a strike, an offensive, a claimed capture, an ultimatum.")
public class Event extends DomainEntity implements Node, Cited, SearchResult, TimelineItem {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Conflict conflict;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of event it is.")
    public EventKind kind;

    @NotNull
    @Ignore
    public LocalDate occurredOn;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Precision of `date`.")
    public DatePrecision datePrecision;

    @Description("Where it happened, e.g. `Varachyne, Sumy region`; null when not located.")
    public String place;

    @NotBlank
    @NonNull
    @Description("What happened, as the sources report it.")
    public String description;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "event_figure", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "ordinal")
    public List<Figure> figures = new ArrayList<>();

    @NonNull
    @Description("Date of the event (or of the report, when the source gives no other), to `datePrecision`.")
    public PartialDate getDate() {
        return PartialDate.of(occurredOn, datePrecision);
    }

    /** Pairs of (event id, figure) for the given events, in each event's order. */
    public void setDate(PartialDate date) {
        occurredOn = date == null ? null : date.start();
        datePrecision = date == null ? null : date.precision();
    }

    public static List<Object[]> figuresOf(Collection<Long> eventIds) {
        return getEntityManager().createQuery(
                "select e.id, f from Event e join e.figures f where e.id in :ids order by e.id, index(f)",
                Object[].class).setParameter("ids", eventIds).getResultList();
    }

    public static List<Event> ofConflicts(Collection<Long> conflictIds) {
        return list("conflict.id in :conflictIds order by occurredOn, id", Parameters.with("conflictIds", conflictIds));
    }
}
