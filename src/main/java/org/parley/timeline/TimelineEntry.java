package org.parley.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.graphql.TimelineItem;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;

@Type("TimelineEntry")
@Description("One dated record on a conflict's timeline.")
public class TimelineEntry {

    @Ignore
    final PartialDate when;

    @NonNull
    @Description("What the entry records; `node` is of the matching type.")
    public TimelineKind kind;

    @NonNull
    @Description("A line to show for it: the round's city and number, the outcome's, statement's or event's text.")
    public String title;

    @NonNull
    @Description("The record itself; select its fields with `... on Round { }` and the like.")
    public TimelineItem node;

    /** A position known by id and date only, until its page is cut: see {@link #show}. */
    @Ignore
    final Long positionId;

    TimelineEntry(TimelineKind kind, PartialDate when, String title, TimelineItem node) {
        this.kind = kind;
        this.when = when;
        this.title = title;
        this.node = node;
        this.positionId = null;
    }

    TimelineEntry(TimelineKind kind, PartialDate when, Long positionId) {
        this.kind = kind;
        this.when = when;
        this.positionId = positionId;
    }

    /** Fills in a position entry once it is on the page being answered. */
    void show(String title, TimelineItem node) {
        this.title = title;
        this.node = node;
    }

    @NonNull
    @Description("Date of the entry, to `datePrecision`.")
    public PartialDate getDate() {
        return when;
    }

    @NonNull
    @Description("Precision of `date`.")
    public DatePrecision getDatePrecision() {
        return when.precision();
    }

    LocalDate start() {
        return when.start();
    }

    LocalDate end() {
        return when.end();
    }
}
