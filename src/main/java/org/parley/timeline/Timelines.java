package org.parley.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.agreement.AgreementStage;
import org.parley.agreement.ImplementationRecord;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.common.persistence.Batch;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.event.Event;
import org.parley.outcome.Outcome;
import org.parley.position.Position;
import org.parley.statement.Statement;
import org.parley.talks.Round;

/** A conflict's dated record, merged: asked at the root (`timeline(conflict:)`) or on a conflict (`Conflict.timeline`). */
@ApplicationScoped
public class Timelines {

    static final String DESCRIPTION = "A conflict's rounds, outcomes, statements, events, positions, agreement stages and "
            + "reports on carrying out agreements, interleaved in date order. "
            + "Entries sort by the first day of their period, and a shorter period first when two start together "
            + "(`2025-07-23` before `2025-07`). Statements with neither a date nor a round are left out.";

    @Inject
    Pager pager;

    /** One page of the conflict's entries whose period meets [{@code from}, {@code to}] (either absent). */
    public TimelineConnection of(Conflict subject, PartialDate from, PartialDate to, PageRequest request) {
        LocalDate since = from == null ? LocalDate.MIN : from.start();
        LocalDate until = to == null ? LocalDate.MAX : to.end();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Round round : Round.ofConflict(subject.id)) {
            entries.add(new TimelineEntry(TimelineKind.ROUND, round.getDate(),
                    "Round " + round.number + (round.city == null ? "" : ", " + round.city), round));
        }
        for (Outcome outcome : Outcome.ofConflict(subject.id)) {
            entries.add(new TimelineEntry(TimelineKind.OUTCOME, outcome.round.getDate(), outcome.description, outcome));
        }
        for (Statement statement : Statement.ofConflict(subject.id)) {
            PartialDate said = statement.statedOn != null ? statement.getDate()
                    : statement.round != null ? statement.round.getDate() : null;
            if (said != null) {
                entries.add(new TimelineEntry(TimelineKind.STATEMENT, said, statement.text, statement));
            }
        }
        for (Event event : Event.ofConflicts(List.of(subject.id))) {
            entries.add(new TimelineEntry(TimelineKind.EVENT, event.getDate(),
                    event.description, event));
        }
        // positions outnumber the rest (thousands a conflict): only the page's are loaded, once it is cut
        for (Object[] dated : Position.datesOfConflict(subject.id)) {
            entries.add(new TimelineEntry(TimelineKind.POSITION, PartialDate.of((LocalDate) dated[1], (DatePrecision) dated[2]),
                    (Long) dated[0]));
        }
        for (AgreementStage stage : AgreementStage.ofConflict(subject.id)) {
            entries.add(new TimelineEntry(TimelineKind.AGREEMENT_STAGE, stage.getDate(),
                    stage.agreement.name + ": " + words(stage.stage), stage));
        }
        for (ImplementationRecord record : ImplementationRecord.ofConflict(subject.id)) {
            entries.add(new TimelineEntry(TimelineKind.IMPLEMENTATION, record.getDate(), record.provision.agreement.name
                    + ", provision " + record.provision.number + ": " + words(record.status) + ". " + record.description, record));
        }
        List<TimelineEntry> inRange = entries.stream().filter(e -> !e.end().isBefore(since) && !e.start().isAfter(until))
                .sorted(Comparator.comparing(TimelineEntry::start).thenComparing(TimelineEntry::end)
                        .thenComparing(e -> e.kind))
                .toList();
        TimelineConnection page = pager.page(inRange, request, TimelineConnection::new);
        List<TimelineEntry> positions = page.edges.stream().map(edge -> edge.node).filter(e -> e.node == null).toList();
        if (!positions.isEmpty()) {
            Map<Long, Position> loaded = Position.byIds(positions.stream().map(e -> e.positionId).toList()).stream()
                    .collect(Collectors.toMap(p -> p.id, Batch::unproxy));
            positions.forEach(e -> e.show(loaded.get(e.positionId).text, loaded.get(e.positionId)));
        }
        return page;
    }

    /** `PARTLY_IMPLEMENTED` as "partly implemented", for titles. */
    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
