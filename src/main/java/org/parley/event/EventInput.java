package org.parley.event;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.Naming;
import org.parley.source.SourceInput;

@Input("EventInput")
@Description("An event related to the talks to record: an attack, a mobilisation, a declaration.")
public record EventInput(
        @NonNull @NotNull @Id @Description("The conflict (a Conflict id).") String conflict,
        @NonNull @NotNull @Description("What kind of event.") EventKind kind,
        @NonNull @NotNull @Description("When it happened.") PartialDate date,
        @Size(max = 300) @Description("Where it happened.") String place,
        @NonNull @NotBlank @Size(max = 4000) @Description("What happened.") String description,
        @DefaultValue("[]") @Description("Numbers the sources give for it.") List<@NonNull @Valid FigureInput> figures,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<Event>, CitedInput {

    /** The input that would write event as it is stored. */
    public static EventInput of(Event event, Naming names) {
        return new EventInput(names.of(event.conflict), event.kind, event.getDate(), event.place, event.description,
                event.figures.stream().map(FigureInput::of).toList(), names.sourcesOf(event), null, names.citationsOf(event));
    }

    @Override
    public void writeTo(Event event, Fields fields) {
        event.conflict = fields.ref(Conflict.class, conflict, "conflict");
        event.kind = kind;
        event.setDate(fields.recentDate(date, "date"));
        event.place = place;
        event.description = description;
        event.figures.clear();
        if (figures != null) {
            figures.forEach(f -> event.figures.add(f.toFigure()));
        }
    }
}
