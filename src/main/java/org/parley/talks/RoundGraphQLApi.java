package org.parley.talks;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.parley.common.value.PartialDate;
import org.parley.editing.Editing;
import org.parley.editing.Feeds;
import org.parley.party.Party;
import org.parley.source.Sources;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
@ApplicationScoped
public class RoundGraphQLApi {

    /** The order of the root list, and its cursors' keys. */
    public static final SortKey<Round> ORDER = SortKey.<Round>by("heldOn", r -> r.heldOn, LocalDate.class).then("number", r -> r.number, Integer.class).thenId(r -> r.id)
            .orderedBy(RoundOrder.class);

    /** What `rounds(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("rounds", Round.class).record(Dimension.TALKS, "talks", Talks.class).record(Dimension.PARTY, "host", Party.class).value(Dimension.STATUS, "status").yearAndMonth("heldOn", "datePrecision");

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Inject
    Editing editing;

    @Inject
    Feeds feeds;

    @Subscription("roundChanged")
    @Description("Each round as it is created or updated by an editor, once the write has committed.")
    public Multi<@NonNull Round> roundChanged(@Id @Description("Only rounds of these talks (a Talks id).") String talks) {
        Long key = talks == null ? null : GlobalId.keyOf(talks, Talks.class);
        return feeds.of(Round.class).filter(round -> key == null || key.equals(round.talks.id));
    }

    @Query("rounds")
    @Description("Rounds of all talks, in date order.")
    public @NonNull RoundConnection rounds(
            @Id @Description("Only rounds of these talks (a Talks id).") String talks,
            @Description("Only rounds with this status.") RoundStatus status,
            @Description("Only rounds whose date starts on or after this date (`2025-06-01`, `2025-06`, `2025`).") PartialDate from,
            @Description("Only rounds whose date starts on or before the end of this date (`2025-06` includes all of June).") PartialDate to,
            @Description("Only rounds held in a city whose name contains this text (case-insensitive).") String city,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull RoundOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("talks.id = :talks", "talks", talks == null ? null : GlobalId.keyOf(talks, Talks.class))
                .and("status = :status", "status", status)
                .and("heldOn >= :heldOnFrom", "heldOnFrom", from == null ? null : from.start())
                .and("heldOn <= :heldOnTo", "heldOnTo", to == null ? null : to.end())
                .contains("city", "city", city);
        return pager.page((query, parameters) -> Round.find(query, parameters), Sources.disputed(where, Round.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), RoundConnection::new, DIMENSIONS);
    }

    @Query("round")
    @Description("One round by id." + Nodes.LOOKUP)
    public Round round(@NonNull @Id @Description("A Round id.") String id) {
        return nodes.find(Round.class, id);
    }

    @Description("The talks this round belongs to.")
    public List<@NonNull Talks> talks(@Source List<Round> rounds) {
        return Batch.toOne(rounds, r -> r.talks, Talks::byIds);
    }

    @Description("The party hosting this round (e.g. Turkey); null when none is recorded.")
    public List<Party> host(@Source List<Round> rounds) {
        return Batch.toOne(rounds, r -> r.host, Party::byIds);
    }

    @Description("The delegations that came to this round.")
    public List<@NonNull List<@NonNull Delegation>> delegations(@Source List<Round> rounds,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull DelegationOrder> orderBy) {
        return pager.children((q, p) -> Delegation.find(q, p), "round", rounds, d -> d.round.id, DelegationGraphQLApi.ORDER.chosen(orderBy), first);
    }

    @Mutation("createRound")
    @Description("Records a round of talks; subscribers of `roundChanged` receive it." + Editing.CREATE)
    @Transactional
    public @NonNull Round createRound(@NonNull @Description("The new record.") RoundInput input) {
        return editing.publish(editing.create(new Round(), input));
    }

    @Mutation("updateRound")
    @Description("Rewrites a round; subscribers of `roundChanged` receive it." + Editing.UPDATE)
    @Transactional
    public @NonNull Round updateRound(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) RoundInput input) {
        return editing.publish(editing.update(Round.class, id, version, input));
    }

    @Mutation("deleteRound")
    @Description("Deletes a round." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteRound(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Round.class, id, version);
    }
}
