package org.parley.conflict;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.persistence.Batch;
import org.parley.editing.Editing;
import org.parley.party.Party;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The fields and mutations of Participant, a party's part in a conflict. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class ParticipantGraphQLApi {

    @Inject
    Editing editing;

    @Name("conflict")
    @Description("The conflict.")
    public List<@NonNull Conflict> participantConflict(@Source List<Participant> participants) {
        return Batch.toOne(participants, p -> p.conflict, Conflict::byIds);
    }

    @Name("party")
    @Description("The party.")
    public List<@NonNull Party> participantParty(@Source List<Participant> participants) {
        return Batch.toOne(participants, p -> p.party, Party::byIds);
    }

    @Mutation("createParticipant")
    @Description("Records a party's part in a conflict." + Editing.CREATE)
    @Transactional
    public @NonNull Participant createParticipant(@NonNull @Description("The new record.") ParticipantInput input) {
        return editing.create(new Participant(), input);
    }

    @Mutation("updateParticipant")
    @Description("Rewrites a party's part in a conflict." + Editing.UPDATE)
    @Transactional
    public @NonNull Participant updateParticipant(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) ParticipantInput input) {
        return editing.update(Participant.class, id, version, input);
    }

    @Mutation("deleteParticipant")
    @Description("Deletes a party's part in a conflict." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteParticipant(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Participant.class, id, version);
    }
}
