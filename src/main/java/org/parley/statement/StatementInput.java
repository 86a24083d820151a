package org.parley.statement;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.parley.person.Person;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.Naming;
import org.parley.source.SourceInput;
import org.parley.talks.Round;

@Input("StatementInput")
@Description("Something said, to record.")
public record StatementInput(
        @Id @Description("Who said it (a Person id); null when only `speaker` names them.") String person,
        @Id @Description("For which party (a Party id).") String party,
        @Size(max = 300) @Description("Who said it, as the source words it; required when `person` is null.") String speaker,
        @NonNull @NotBlank @Size(max = 4000) @Description("What was said.") String text,
        @NonNull @Description("True for a direct quote, false for reported speech.") boolean direct,
        @Description("When it was said; null when unknown.") PartialDate date,
        @Id @Description("The round it concerns (a Round id).") String round,
        @Size(max = 4000) @Description("Where or how it was said.") String context,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<Statement>, CitedInput {

    /** The input that would write statement as it is stored. */
    public static StatementInput of(Statement statement, Naming names) {
        return new StatementInput(names.of(statement.person), names.of(statement.party), statement.speaker,
                statement.text, statement.direct, statement.getDate(), names.of(statement.round), statement.context,
                names.sourcesOf(statement), null, names.citationsOf(statement));
    }

    @Override
    public void writeTo(Statement statement, Fields fields) {
        fields.check("speaker", StatementRules.speaker(person != null, speaker));
        statement.person = fields.ref(Person.class, person, "person");
        statement.party = fields.ref(Party.class, party, "party");
        statement.speaker = speaker;
        statement.text = text;
        statement.direct = direct;
        statement.setDate(fields.recentDate(date, "date"));
        statement.round = fields.ref(Round.class, round, "round");
        statement.context = context;
    }
}
