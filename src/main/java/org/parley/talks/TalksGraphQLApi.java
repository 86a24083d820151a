package org.parley.talks;

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
import org.parley.party.Party;
import org.parley.source.Sources;

@GraphQLApi
public class TalksGraphQLApi {

    /** The order of the root list, and its cursors' keys. */
    static final SortKey<Talks> ORDER = SortKey.<Talks>byId(t -> t.id)
            .orderedBy(TalksOrder.class);

    /** What `talks(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("talks", Talks.class).record(Dimension.CONFLICT, "conflict", Conflict.class).record(Dimension.PARTY, "host", Party.class);

    @Inject
    Editing editing;

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Query("talks")
    @Description("Negotiation processes, in the order they were recorded, filtered by the arguments given.")
    public @NonNull TalksConnection talks(
            @Id @Description("Only the talks of this conflict (a Conflict id).") String conflict,
            @Description("Only talks whose name contains this text (case-insensitive).") String nameContains,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull TalksOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("conflict.id = :conflict", "conflict", conflict == null ? null : GlobalId.keyOf(conflict, Conflict.class))
                .contains("name", "name", nameContains);
        return pager.page((query, parameters) -> Talks.find(query, parameters), Sources.disputed(where, Talks.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), TalksConnection::new, DIMENSIONS);
    }

    @Query("talksById")
    @Description("One negotiation process by id." + Nodes.LOOKUP)
    public Talks talksById(@NonNull @Id @Description("A Talks id.") String id) {
        return nodes.find(Talks.class, id);
    }

    @Description("The conflict these talks try to end.")
    public List<@NonNull Conflict> conflict(@Source List<Talks> talks) {
        return Batch.toOne(talks, t -> t.conflict, Conflict::byIds);
    }

    @Description("The party hosting the talks (e.g. Turkey); null when none is recorded.")
    public List<Party> host(@Source List<Talks> talks) {
        return Batch.toOne(talks, t -> t.host, Party::byIds);
    }

    @Description("Rounds of these talks, in date order.")
    public List<@NonNull List<@NonNull Round>> rounds(@Source List<Talks> talks,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull RoundOrder> orderBy) {
        return pager.children((q, p) -> Round.find(q, p), "talks", talks, r -> r.talks.id, RoundGraphQLApi.ORDER.chosen(orderBy), first);
    }

    @Mutation("createTalks")
    @Description("Records a negotiation process." + Editing.CREATE)
    @Transactional
    public @NonNull Talks createTalks(@NonNull @Description("The new record.") TalksInput input) {
        return editing.create(new Talks(), input);
    }

    @Mutation("updateTalks")
    @Description("Rewrites a negotiation process." + Editing.UPDATE)
    @Transactional
    public @NonNull Talks updateTalks(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) TalksInput input) {
        return editing.update(Talks.class, id, version, input);
    }

    @Mutation("deleteTalks")
    @Description("Deletes a negotiation process." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteTalks(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Talks.class, id, version);
    }
}
