package org.parley.conflict;

import java.time.LocalDate;
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
import org.parley.common.aggregate.Dimensions;
import org.parley.common.node.Nodes;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.Batch;
import org.parley.common.persistence.Where;
import org.parley.common.value.PartialDate;
import org.parley.editing.Editing;
import org.parley.identifier.ExternalId;
import org.parley.identifier.ExternalIds;
import org.parley.source.Sources;

@GraphQLApi
public class ConflictGraphQLApi {

    /** The order of the root list, and its cursors' keys. */
    static final SortKey<Conflict> ORDER = SortKey.<Conflict>byNullsLast("startedOn", c -> c.startedOn, LocalDate.class).thenId(c -> c.id)
            .orderedBy(ConflictOrder.class);

    /** What `conflicts(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("conflicts", Conflict.class).yearAndMonth("startedOn", "startedOnPrecision");

    @Inject
    Editing editing;

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Query("conflicts")
    @Description("Conflicts, oldest first.")
    public @NonNull ConflictConnection conflicts(
            @Description("Only conflicts whose name contains this text (case-insensitive).") String nameContains,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull ConflictOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where().contains("name", "name", nameContains);
        return pager.page((query, parameters) -> Conflict.find(query, parameters), Sources.disputed(where, Conflict.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), ConflictConnection::new, DIMENSIONS);
    }

    @Query("conflict")
    @Description("One conflict by id." + Nodes.LOOKUP)
    public Conflict conflict(@NonNull @Id @Description("A Conflict id.") String id) {
        return nodes.find(Conflict.class, id);
    }

    @Description("The parties to this conflict, each with its role (belligerent, mediator, host...); with `asOf`, those "
            + "taking part on that date (a part with no recorded `from` or `to` counts as open on that side).")
    public List<@NonNull List<@NonNull Participant>> parties(@Source List<Conflict> conflicts,
            @Description("Answer as of the end of this date (`2025-07-23`, `2025-07`, `2025`).") PartialDate asOf,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(Batch.toMany(conflicts, Participant.ofConflicts(Batch.ids(conflicts), PartialDate.endOf(asOf)),
                p -> p.conflict.id), first);
    }

    @Description(ExternalIds.EXTERNAL_IDS)
    public List<@NonNull List<@NonNull ExternalId>> externalIds(@Source List<Conflict> conflicts,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(ExternalIds.of(conflicts), first);
    }

    @Mutation("createConflict")
    @Description("Records a conflict." + Editing.CREATE)
    @Transactional
    public @NonNull Conflict createConflict(@NonNull @Description("The new record.") ConflictInput input) {
        return editing.create(new Conflict(), input);
    }

    @Mutation("updateConflict")
    @Description("Rewrites a conflict." + Editing.UPDATE)
    @Transactional
    public @NonNull Conflict updateConflict(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) ConflictInput input) {
        return editing.update(Conflict.class, id, version, input);
    }

    @Mutation("deleteConflict")
    @Description("Deletes a conflict." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteConflict(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Conflict.class, id, version);
    }
}
