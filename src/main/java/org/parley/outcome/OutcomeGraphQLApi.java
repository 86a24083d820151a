package org.parley.outcome;

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
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.Batch;
import org.parley.common.persistence.Where;
import org.parley.editing.Editing;
import org.parley.source.Sources;
import org.parley.talks.Round;

@GraphQLApi
public class OutcomeGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Editing editing;

    /** The order of the root list, and its cursors' keys: as recorded. */
    static final SortKey<Outcome> ORDER = SortKey.<Outcome>byId(o -> o.id)
            .orderedBy(OutcomeOrder.class);

    /** What `outcomes(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("outcomes", Outcome.class).record(Dimension.ROUND, "round", Round.class).value(Dimension.KIND, "kind");

    @Query("outcomes")
    @Description("What the rounds produced, in the order recorded.")
    public @NonNull OutcomeConnection outcomes(
            @Id @Description("Only outcomes of this round (a Round id).") String round,
            @Description("Only outcomes of this kind.") OutcomeKind kind,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull OutcomeOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("round.id = :round", "round", round == null ? null : GlobalId.keyOf(round, Round.class))
                .and("kind = :kind", "kind", kind);
        return pager.page((query, parameters) -> Outcome.find(query, parameters), Sources.disputed(where, Outcome.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), OutcomeConnection::new, DIMENSIONS);
    }

    @Description("The round that produced it.")
    public List<@NonNull Round> round(@Source List<Outcome> outcomes) {
        return Batch.toOne(outcomes, o -> o.round, Round::byIds);
    }

    @Mutation("createOutcome")
    @Description("Records what a round produced." + Editing.CREATE)
    @Transactional
    public @NonNull Outcome createOutcome(@NonNull @Description("The new record.") OutcomeInput input) {
        return editing.create(new Outcome(), input);
    }

    @Mutation("updateOutcome")
    @Description("Rewrites an outcome." + Editing.UPDATE)
    @Transactional
    public @NonNull Outcome updateOutcome(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) OutcomeInput input) {
        return editing.update(Outcome.class, id, version, input);
    }

    @Mutation("deleteOutcome")
    @Description("Deletes an outcome." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteOutcome(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Outcome.class, id, version);
    }
}
