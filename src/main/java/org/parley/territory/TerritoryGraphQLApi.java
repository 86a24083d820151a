package org.parley.territory;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.aggregate.Dimension;
import org.parley.common.aggregate.Dimensions;
import org.parley.common.graphql.GlobalId;
import org.parley.common.node.Nodes;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.Batch;
import org.parley.common.persistence.Where;
import org.parley.conflict.Conflict;
import org.parley.editing.Editing;
import org.parley.identifier.ExternalId;
import org.parley.identifier.ExternalIds;
import org.parley.party.Party;
import org.parley.source.Sources;

@GraphQLApi
public class TerritoryGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Editing editing;

    /** The order of the root list, and its cursors' keys. */
    static final SortKey<Territory> ORDER = SortKey.<Territory>by("name", t -> t.name, String.class).thenId(t -> t.id)
            .orderedBy(TerritoryOrder.class);

    /** What `territories(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("territories", Territory.class).record(Dimension.CONFLICT, "conflict", Conflict.class).record(Dimension.PARTY, "annexedBy", Party.class).yearAndMonth("annexedOn", "annexedOnPrecision");

    @Inject
    Nodes nodes;

    @Query("territories")
    @Description("Territories at stake in the conflicts, by name.")
    public @NonNull TerritoryConnection territories(
            @Id @Description("Only territories of this conflict (a Conflict id).") String conflict,
            @Description("Only territories whose name contains this text (case-insensitive).") String nameContains,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull TerritoryOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("conflict.id = :conflict", "conflict", conflict == null ? null : GlobalId.keyOf(conflict, Conflict.class))
                .contains("name", "name", nameContains);
        return pager.page((query, parameters) -> Territory.find(query, parameters), Sources.disputed(where, Territory.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), TerritoryConnection::new, DIMENSIONS);
    }

    @Query("territory")
    @Description("One territory by id." + Nodes.LOOKUP)
    public Territory territory(@NonNull @Id @Description("A Territory id.") String id) {
        return nodes.find(Territory.class, id);
    }

    @Description("The conflict in which the territory is at stake.")
    public List<@NonNull Conflict> conflict(@Source List<Territory> territories) {
        return Batch.toOne(territories, t -> t.conflict, Conflict::byIds);
    }

    @Description("The party that claims to have annexed the territory; null when no annexation is claimed.")
    public List<Party> annexedBy(@Source List<Territory> territories) {
        return Batch.toOne(territories, t -> t.annexedBy, Party::byIds);
    }

    @Description(ExternalIds.EXTERNAL_IDS)
    public List<@NonNull List<@NonNull ExternalId>> externalIds(@Source List<Territory> territories,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(ExternalIds.of(territories), first);
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
