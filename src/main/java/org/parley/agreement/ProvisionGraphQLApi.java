package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

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
import org.parley.common.value.Topic;
import org.parley.conflict.Conflict;
import org.parley.editing.Editing;
import org.parley.party.Party;
import org.parley.source.Sources;

@GraphQLApi
public class ProvisionGraphQLApi {

    /** The order of the root list, and its cursors' keys: as recorded. */
    static final SortKey<Provision> ORDER = SortKey.<Provision>byId(p -> p.id)
            .orderedBy(ProvisionOrder.class);

    /** What `provisions(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("provisions", Provision.class).record(Dimension.AGREEMENT, "agreement", Agreement.class).expression(Dimension.STATUS, Provision.STATUS_AS_OF).value(Dimension.TOPIC, "topic").yearAndMonth("dueOn", "deadlinePrecision");

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Inject
    Editing editing;

    @Query("provisions")
    @Description("Provisions of agreements, in the order recorded.")
    public @NonNull ProvisionConnection provisions(
            @Id @Description("Only provisions of this agreement (an Agreement id).") String agreement,
            @Id @Description("Only provisions of this conflict's agreements (a Conflict id).") String conflict,
            @Id @Description("Only provisions that oblige this party (a Party id).") String obligated,
            @Description("Only provisions about this topic.") Topic topic,
            @Description("Only provisions overdue at the end of this date: their deadline passed before it and no "
                    + "report by then says they were carried out (IMPLEMENTED).") PartialDate overdueAsOf,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull ProvisionOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("agreement.id = :agreement", "agreement", agreement == null ? null : GlobalId.keyOf(agreement, Agreement.class))
                .and("agreement.conflict.id = :conflict", "conflict", conflict == null ? null : GlobalId.keyOf(conflict, Conflict.class))
                .and("id in (select p.id from Provision p join p.obligated o where o.id = :obligated)", "obligated",
                        obligated == null ? null : GlobalId.keyOf(obligated, Party.class))
                .and("topic = :topic", "topic", topic)
                .and(Provision.OVERDUE, "asOf", overdueAsOf == null ? null : overdueAsOf.end());
        return pager.page((query, parameters) -> Provision.find(query, parameters), Sources.disputed(where, Provision.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), ProvisionConnection::new, DIMENSIONS);
    }

    @Query("provision")
    @Description("One provision by id." + Nodes.LOOKUP)
    public Provision provision(@NonNull @Id @Description("A Provision id.") String id) {
        return nodes.find(Provision.class, id);
    }

    @Description("The agreement it belongs to.")
    public List<@NonNull Agreement> agreement(@Source List<Provision> provisions) {
        return Batch.toOne(provisions, p -> p.agreement, Agreement::byIds);
    }

    @Description("The parties it obliges, by name.")
    public List<@NonNull List<@NonNull Party>> obligated(@Source List<Provision> provisions,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(Batch.toManyPairs(provisions, Provision.obligatedOf(Batch.ids(provisions))), first);
    }

    @Description("Its ledger: the reports of whether it was carried out, in date order.")
    public List<@NonNull List<@NonNull ImplementationRecord>> ledger(@Source List<Provision> provisions,
            @Description("Only the lines dated by the end of this date; absent: all.") PartialDate asOf,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull ImplementationRecordOrder> orderBy) {
        return pager.nested(ledgers(provisions, PartialDate.endOf(asOf), ImplementationRecordGraphQLApi.ORDER.chosen(orderBy)), first);
    }

    @Description("Where it stands by the date: the status of the last line of its ledger dated by then; null when "
            + "nothing is recorded.")
    public List<ImplementationStatus> status(@Source List<Provision> provisions,
            @Description(AgreementGraphQLApi.AS_OF) PartialDate asOf) {
        return ImplementationRecord.statusOn(provisions.stream().map(p -> p.id).toList(), AgreementGraphQLApi.day(asOf));
    }

    @Description("Whether it is overdue at the end of the date: its deadline passed before and no line of its "
            + "ledger dated by then says IMPLEMENTED. False when it has no deadline.")
    public List<@NonNull Boolean> overdue(@Source List<Provision> provisions,
            @Description(AgreementGraphQLApi.AS_OF) PartialDate asOf) {
        LocalDate day = AgreementGraphQLApi.day(asOf);
        List<List<ImplementationRecord>> ledgers = ledgers(provisions, day, ImplementationRecordGraphQLApi.ORDER);
        return IntStream.range(0, provisions.size()).mapToObj(i -> Rules.overdue(provisions.get(i), ledgers.get(i), day)).toList();
    }

    @Mutation("createProvision")
    @Description("Records a provision of an agreement." + Editing.CREATE)
    @Transactional
    public @NonNull Provision createProvision(@NonNull @Description("The new record.") ProvisionInput input) {
        return editing.create(new Provision(), input);
    }

    @Mutation("updateProvision")
    @Description("Rewrites a provision (not its ledger, whose lines are records of their own)." + Editing.UPDATE)
    @Transactional
    public @NonNull Provision updateProvision(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) ProvisionInput input) {
        return editing.update(Provision.class, id, version, input);
    }

    @Mutation("deleteProvision")
    @Description("Deletes a provision." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteProvision(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Provision.class, id, version);
    }

    private static List<List<ImplementationRecord>> ledgers(List<Provision> provisions, LocalDate day, SortKey<ImplementationRecord> order) {
        return Batch.toMany(provisions, ImplementationRecord.ofProvisions(Batch.ids(provisions), day, order), r -> r.provision.id);
    }
}
