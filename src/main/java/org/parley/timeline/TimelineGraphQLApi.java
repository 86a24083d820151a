package org.parley.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.common.Nodes;
import org.parley.common.PartialDate;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.conflict.Conflict;
import org.parley.event.Event;
import org.parley.outcome.Outcome;
import org.parley.statement.Statement;
import org.parley.talks.Round;

@GraphQLApi
public class TimelineGraphQLApi {

    @Inject
    Nodes nodes;

    @Inject
    Pager pager;

    @Query("timeline")
    @Description("A conflict's rounds, outcomes, statements and events interleaved in date order. Entries sort by the "
            + "first day of their period, and a shorter period first when two start together (`2025-07-23` before "
            + "`2025-07`). Statements with neither a date nor a round are left out.")
    public @NonNull TimelineConnection timeline(@NonNull @Id @Description("The conflict (a Conflict id).") String conflict,
            @Description("Only entries whose period ends on or after the start of this ISO-8601 date (`2025-07`, `2025`...).") String from,
            @Description("Only entries whose period starts on or before the end of this ISO-8601 date.") String to,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Conflict subject = nodes.get(Conflict.class, conflict);
        LocalDate since = from == null ? LocalDate.MIN : PartialDate.parse(from).start();
        LocalDate until = to == null ? LocalDate.MAX : PartialDate.parse(to).end();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Round round : Round.ofConflict(subject.id)) {
            entries.add(new TimelineEntry(TimelineKind.ROUND, round.partialDate(),
                    "Round " + round.number + (round.city == null ? "" : ", " + round.city), round));
        }
        for (Outcome outcome : Outcome.ofConflict(subject.id)) {
            entries.add(new TimelineEntry(TimelineKind.OUTCOME, outcome.round.partialDate(), outcome.description, outcome));
        }
        for (Statement statement : Statement.ofConflict(subject.id)) {
            PartialDate said = statement.statedOn != null ? new PartialDate(statement.statedOn, statement.statedOnPrecision)
                    : statement.round != null ? statement.round.partialDate() : null;
            if (said != null) {
                entries.add(new TimelineEntry(TimelineKind.STATEMENT, said, statement.text, statement));
            }
        }
        for (Event event : Event.ofConflicts(List.of(subject.id))) {
            entries.add(new TimelineEntry(TimelineKind.EVENT, new PartialDate(event.occurredOn, event.datePrecision),
                    event.description, event));
        }
        List<TimelineEntry> inRange = entries.stream().filter(e -> !e.end().isBefore(since) && !e.start().isAfter(until))
                .sorted(Comparator.comparing(TimelineEntry::start).thenComparing(TimelineEntry::end)
                        .thenComparing(e -> e.kind))
                .toList();
        return pager.page(inRange, new PageRequest(first, after, last, before), TimelineConnection::new);
    }
}
