package org.parley.talks;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.value.PartialDate;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.party.Party;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.Naming;
import org.parley.source.SourceInput;

@Input("RoundInput")
@Description("A round of talks to record.")
public record RoundInput(
        @NonNull @NotNull @Id @Description("The talks it belongs to (a Talks id).") String talks,
        @NonNull @Positive @Max(1000) @Description("Ordinal within the talks, from 1 (at most 1000).") int number,
        @NonNull @NotNull @Description("When it was (or is to be) held.") PartialDate date,
        @Size(max = 200) @Description("City, e.g. `Istanbul`.") String city,
        @Size(max = 300) @Description("Building or site.") String venue,
        @Id @Description("The party hosting it (a Party id); null when none.") String host,
        @NonNull @NotNull @Description("Whether it took place.") RoundStatus status,
        @Size(max = 4000) @Description("What happened, in a few sentences.") String summary,
        @Description("How many sides negotiated; null when the sources do not say.") RoundFormat format,
        @Description("Who sat at the table, at the highest; null when the sources do not say.") RoundLevel level,
        @Description("How the sides communicated (DIPLOMATIC_CHANNELS: no meeting); null when the sources do not say.") RoundMode mode,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<Round>, CitedInput {

    /** The input that would write round as it is stored. */
    public static RoundInput of(Round round, Naming names) {
        return new RoundInput(names.of(round.talks), round.number, round.getDate(), round.city, round.venue,
                names.of(round.host), round.status, round.summary, round.format, round.level, round.mode,
                names.sourcesOf(round), null, names.citationsOf(round));
    }

    @Override
    public void writeTo(Round round, Fields fields) {
        round.talks = fields.ref(Talks.class, talks, "talks");
        round.number = number;
        round.setDate(fields.recentDate(date, "date"));
        round.city = city;
        round.venue = venue;
        round.host = fields.ref(Party.class, host, "host");
        round.status = status;
        round.summary = summary;
        round.format = format;
        round.level = level;
        round.mode = mode;
    }
}
