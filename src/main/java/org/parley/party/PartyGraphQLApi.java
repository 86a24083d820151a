package org.parley.party;

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
import org.parley.common.node.Nodes;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.Where;
import org.parley.editing.Editing;
import org.parley.identifier.ExternalId;
import org.parley.identifier.ExternalIds;
import org.parley.source.Sources;

@GraphQLApi
public class PartyGraphQLApi {

    /** The order of the root list, and its cursors' keys. */
    static final SortKey<Party> ORDER = SortKey.<Party>by("name", p -> p.name, String.class).thenId(p -> p.id)
            .orderedBy(PartyOrder.class);

    /** What `parties(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("parties", Party.class).value(Dimension.KIND, "kind");

    @Inject
    Editing editing;

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Inject
    Participation participation;

    @Query("parties")
    @Description("Parties (states, armed groups, organisations), by name.")
    public @NonNull PartyConnection parties(
            @Description("Only parties of this kind.") PartyKind kind,
            @Id @Description("Only parties to this conflict (a Conflict id), in any role.") String conflict,
            @Description("Only parties whose name contains this text (case-insensitive).") String nameContains,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PartyOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("kind = :kind", "kind", kind)
                .and("id in :parties", "parties", conflict == null ? null : participation.partiesOf(conflict))
                .contains("name", "name", nameContains);
        return pager.page((query, parameters) -> Party.find(query, parameters), Sources.disputed(where, Party.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), PartyConnection::new, DIMENSIONS);
    }

    @Query("party")
    @Description("One party by id." + Nodes.LOOKUP)
    public Party party(@NonNull @Id @Description("A Party id.") String id) {
        return nodes.find(Party.class, id);
    }

    @Description(ExternalIds.EXTERNAL_IDS)
    public List<@NonNull List<@NonNull ExternalId>> externalIds(@Source List<Party> parties,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(ExternalIds.of(parties), first);
    }

    @Mutation("createParty")
    @Description("Records a party." + Editing.CREATE)
    @Transactional
    public @NonNull Party createParty(@NonNull @Description("The new record.") PartyInput input) {
        return editing.create(new Party(), input);
    }

    @Mutation("updateParty")
    @Description("Rewrites a party." + Editing.UPDATE)
    @Transactional
    public @NonNull Party updateParty(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) PartyInput input) {
        return editing.update(Party.class, id, version, input);
    }

    @Mutation("deleteParty")
    @Description("Deletes a party." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteParty(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Party.class, id, version);
    }
}
