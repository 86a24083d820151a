package org.parley.territory;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.Batch;
import org.parley.common.paging.Pager;
import org.parley.conflict.Conflict;
import org.parley.editing.Editing;
import org.parley.party.Party;
import org.parley.source.SourceDocument;
import org.parley.source.Sources;

@GraphQLApi
public class TerritoryGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Editing editing;

    @Description("The conflict in which the territory is at stake.")
    public List<@NonNull Conflict> conflict(@Source List<Territory> territories) {
        return Batch.toOne(territories, t -> t.conflict, Conflict::byIds);
    }

    @Description("The party that claims to have annexed the territory; null when no annexation is claimed.")
    public List<Party> annexedBy(@Source List<Territory> territories) {
        return Batch.toOne(territories, t -> t.annexedBy, Party::byIds);
    }

    @Description("Sources that back this record.")
    public List<@NonNull List<@NonNull SourceDocument>> sources(@Source List<Territory> territories,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(Sources.of(territories), first);
    }

    @Mutation("createTerritory")
    @Description("Records a contested territory." + Editing.CREATE)
    @Transactional
    public @NonNull Territory createTerritory(@NonNull @Description("The new record.") TerritoryInput input) {
        return editing.create(new Territory(), input);
    }

    @Mutation("updateTerritory")
    @Description("Rewrites a territory." + Editing.UPDATE)
    @Transactional
    public @NonNull Territory updateTerritory(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) TerritoryInput input) {
        return editing.update(Territory.class, id, version, input);
    }

    @Mutation("deleteTerritory")
    @Description("Deletes a territory." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteTerritory(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Territory.class, id, version);
    }
}
