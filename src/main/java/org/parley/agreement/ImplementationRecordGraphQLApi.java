package org.parley.agreement;

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
import org.parley.common.aggregate.Dimension;
import org.parley.common.aggregate.Dimensions;
import org.parley.common.graphql.GlobalId;
import org.parley.common.node.Nodes;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.Batch;
import org.parley.common.persistence.Where;
import org.parley.editing.Editing;
import org.parley.editing.Feeds;
import org.parley.party.Party;
import org.parley.source.Sources;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
public class ImplementationRecordGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Inject
    Editing editing;

    @Inject
    Feeds feeds;

    @Subscription("implementationRecorded")
    @Description("Each line of a provision's ledger (carried out, partly, not, violated) as an editor records it, once the write has committed.")
    public Multi<@NonNull ImplementationRecord> implementationRecorded(@Id @Description("Only lines of this provision's ledger (a Provision id).") String provision) {
        Long key = provision == null ? null : GlobalId.keyOf(provision, Provision.class);
        return feeds.of(ImplementationRecord.class).filter(record -> key == null || key.equals(record.provision.id));
    }

    /** The order of the root list, and its cursors' keys: by date. */
    static final SortKey<ImplementationRecord> ORDER = SortKey.<ImplementationRecord>by("reportedOn", r -> r.reportedOn,
            LocalDate.class).thenId(r -> r.id)
            .orderedBy(ImplementationRecordOrder.class);

    /** What `implementationRecords(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("implementationRecords", ImplementationRecord.class).record(Dimension.AGREEMENT, "provision", Provision.class, "agreement", Agreement.class).value(Dimension.STATUS, "status").record(Dimension.PARTY, "allegedBy", Party.class).yearAndMonth("reportedOn", "reportedOnPrecision");

    @Query("implementationRecords")
    @Description("Lines of provisions' ledgers, in date order.")
    public @NonNull ImplementationRecordConnection implementationRecords(
            @Id @Description("Only lines of this provision's ledger (a Provision id).") String provision,
            @Description("Only lines with this status.") ImplementationStatus status,
            @Id @Description("Only breaches this party alleges (a Party id).") String allegedBy,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull ImplementationRecordOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("provision.id = :provision", "provision", provision == null ? null : GlobalId.keyOf(provision, Provision.class))
                .and("status = :status", "status", status)
                .and("allegedBy.id = :allegedBy", "allegedBy", allegedBy == null ? null : GlobalId.keyOf(allegedBy, Party.class));
        return pager.page((query, parameters) -> ImplementationRecord.find(query, parameters), Sources.disputed(where, ImplementationRecord.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), ImplementationRecordConnection::new, DIMENSIONS);
    }

    @Query("implementationRecord")
    @Description("One line of a ledger by id." + Nodes.LOOKUP)
    public ImplementationRecord implementationRecord(@NonNull @Id @Description("An ImplementationRecord id.") String id) {
        return nodes.find(ImplementationRecord.class, id);
    }

    @Description("The provision this line is about.")
    public List<@NonNull Provision> provision(@Source List<ImplementationRecord> records) {
        return Batch.toOne(records, r -> r.provision, Provision::byIds);
    }

    @Description("For VIOLATED: the party alleging the breach; null otherwise or when the sources name none.")
    public List<Party> allegedBy(@Source List<ImplementationRecord> records) {
        return Batch.toOne(records, r -> r.allegedBy, Party::byIds);
    }

    @Mutation("createImplementationRecord")
    @Description("Records a line of a provision's ledger; subscribers of `implementationRecorded` receive it." + Editing.CREATE)
    @Transactional
    public @NonNull ImplementationRecord createImplementationRecord(@NonNull @Description("The new record.") ImplementationRecordInput input) {
        return editing.publish(editing.create(new ImplementationRecord(), input));
    }

    @Mutation("updateImplementationRecord")
    @Description("Rewrites a line of a ledger." + Editing.UPDATE)
    @Transactional
    public @NonNull ImplementationRecord updateImplementationRecord(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) ImplementationRecordInput input) {
        return editing.update(ImplementationRecord.class, id, version, input);
    }

    @Mutation("deleteImplementationRecord")
    @Description("Deletes a line of a ledger." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteImplementationRecord(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(ImplementationRecord.class, id, version);
    }
}
