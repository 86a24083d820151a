package org.parley.talks;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.source.Naming;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.source.SourceInput;

@Input("DelegationInput")
@Description("A party's delegation at a round, to record.")
public record DelegationInput(
        @NonNull @NotNull @Id @Description("The round (a Round id).") String round,
        @NonNull @NotNull @Id @Description("The party it represents (a Party id).") String party,
        @Id @Description("Its head (a Person id); null when not named.") String head,
        @DefaultValue("[]") @Id @Description("Its members, the head included or not as the sources give them (Person ids).") List<@NonNull String> members,
        @Size(max = 4000) @Description("A few sentences on the delegation.") String description,
        @DefaultValue("NEGOTIATOR") @Description("In what role the party took part; absent: a side of the negotiation.") DelegationRole role,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<Delegation>, CitedInput {

    /** The input that would write delegation as it is stored. */
    public static DelegationInput of(Delegation delegation, Naming names) {
        return new DelegationInput(names.of(delegation.round), names.of(delegation.party), names.of(delegation.head),
                names.of(delegation.members), delegation.description, delegation.role, names.sourcesOf(delegation), null, names.citationsOf(delegation));
    }

    @Override
    public void writeTo(Delegation delegation, Fields fields) {
        delegation.round = fields.ref(Round.class, round, "round");
        delegation.party = fields.ref(Party.class, party, "party");
        delegation.head = fields.ref(Person.class, head, "head");
        delegation.members.clear();
        delegation.members.addAll(fields.refs(Person.class, members, "members"));
        delegation.description = description;
        delegation.role = role == null ? DelegationRole.NEGOTIATOR : role;
    }
}
