package org.parley.agreement;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.editing.Editing;
import org.parley.identifier.ExternalId;
import org.parley.identifier.ExternalIds;
import org.parley.source.Sources;
import org.parley.talks.Round;
import org.parley.talks.RoundGraphQLApi;
import org.parley.talks.RoundOrder;

@GraphQLApi
public class AgreementGraphQLApi {

    public static final String AS_OF = "As the record stood at the end of this date; absent: today.";

    /** The order of the root list, and its cursors' keys: by name. */
    static final SortKey<Agreement> ORDER = SortKey.<Agreement>by("name", a -> a.name, String.class).thenId(a -> a.id)
            .orderedBy(AgreementOrder.class);

    /** What `agreements(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("agreements", Agreement.class).record(Dimension.CONFLICT, "conflict", Conflict.class).value(Dimension.KIND, "kind");

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Inject
    Editing editing;

    @Query("agreements")
    @Description("Agreements, by name.")
    public @NonNull AgreementConnection agreements(
            @Id @Description("Only agreements of this conflict (a Conflict id).") String conflict,
            @Description("Only agreements of this kind.") AgreementKind kind,
            @Description("Only agreements that went through this stage (signed, withdrawn...).") StageKind stage,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull AgreementOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("conflict.id = :conflict", "conflict", conflict == null ? null : GlobalId.keyOf(conflict, Conflict.class))
                .and("kind = :kind", "kind", kind)
                .and("id in (select s.agreement.id from AgreementStage s where s.stage = :stage)", "stage", stage);
        return pager.page((query, parameters) -> Agreement.find(query, parameters), Sources.disputed(where, Agreement.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), AgreementConnection::new, DIMENSIONS);
    }

    @Query("agreement")
    @Description("One agreement by id." + Nodes.LOOKUP)
    public Agreement agreement(@NonNull @Id @Description("An Agreement id.") String id) {
        return nodes.find(Agreement.class, id);
    }

    @Description("The conflict it belongs to.")
    public List<@NonNull Conflict> conflict(@Source List<Agreement> agreements) {
        return Batch.toOne(agreements, a -> a.conflict, Conflict::byIds);
    }

    @Description("The rounds of talks that produced it, in date order; empty when it was reached elsewhere.")
    public List<@NonNull List<@NonNull Round>> rounds(@Source List<Agreement> agreements,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull RoundOrder> orderBy) {
        return pager.nested(Batch.toManyPairs(agreements, Agreement.roundsOf(Batch.ids(agreements), RoundGraphQLApi.ORDER.chosen(orderBy))), first);
    }

    @Description("The steps it took, in date order: text agreed, signed, in force, extended, withdrawn from...")
    public List<@NonNull List<@NonNull AgreementStage>> stages(@Source List<Agreement> agreements,
            @Description("Only the steps taken by the end of this date; absent: all.") PartialDate asOf,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull AgreementStageOrder> orderBy) {
        return pager.nested(Batch.toMany(agreements, AgreementStage.ofAgreements(Batch.ids(agreements), PartialDate.endOf(asOf),
                AgreementStage.STEPS.chosen(orderBy)),
                s -> s.agreement.id), first);
    }

    @Description("The last step it had taken by the date: where it stands (SIGNED, IN_FORCE, WITHDRAWN...); null "
            + "before its first recorded step.")
    public List<AgreementStage> stage(@Source List<Agreement> agreements, @Description(AS_OF) PartialDate asOf) {
        List<List<AgreementStage>> each = Batch.toMany(agreements, AgreementStage.ofAgreements(Batch.ids(agreements), day(asOf), AgreementStage.STEPS),
                s -> s.agreement.id);
        return each.stream().map(stages -> stages.isEmpty() ? null : stages.get(stages.size() - 1)).toList();
    }

    @Description("The parties behind it, each in its capacity: signatories first, then mediators, hosts, "
            + "facilitators, witnesses, guarantors.")
    public List<@NonNull List<@NonNull AgreementParty>> parties(@Source List<Agreement> agreements,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull AgreementPartyOrder> orderBy) {
        return pager.nested(Batch.toMany(agreements, AgreementParty.ofAgreements(Batch.ids(agreements),
                AgreementPartyGraphQLApi.ORDER.named(orderBy)), p -> p.agreement.id), first);
    }

    @Description("Its commitments, in the order recorded.")
    public List<@NonNull List<@NonNull Provision>> provisions(@Source List<Agreement> agreements,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull ProvisionOrder> orderBy) {
        return pager.children((q, p) -> Provision.find(q, p), "agreement", agreements, p -> p.agreement.id, ProvisionGraphQLApi.ORDER.chosen(orderBy), first);
    }

    @Description(ExternalIds.EXTERNAL_IDS)
    public List<@NonNull List<@NonNull ExternalId>> externalIds(@Source List<Agreement> agreements,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(ExternalIds.of(agreements), first);
    }

    @Mutation("createAgreement")
    @Description("Records an agreement." + Editing.CREATE)
    @Transactional
    public @NonNull Agreement createAgreement(@NonNull @Description("The new record.") AgreementInput input) {
        return editing.create(new Agreement(), input);
    }

    @Mutation("updateAgreement")
    @Description("Rewrites an agreement (not its stages, parties or provisions, which are records of their own)."
            + Editing.UPDATE)
    @Transactional
    public @NonNull Agreement updateAgreement(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) AgreementInput input) {
        return editing.update(Agreement.class, id, version, input);
    }

    @Mutation("deleteAgreement")
    @Description("Deletes an agreement." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteAgreement(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Agreement.class, id, version);
    }

    /** The end of the day asked for, or today. */
    public static LocalDate day(PartialDate asOf) {
        return asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf.end();
    }
}
