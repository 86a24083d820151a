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
public class AgreementStageGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Inject
    Editing editing;

    @Inject
    Feeds feeds;

    @Subscription("agreementStageRecorded")
    @Description("Each step of an agreement (signed, suspended, extended...) as an editor records it, once the write has committed.")
    public Multi<@NonNull AgreementStage> agreementStageRecorded(@Id @Description("Only steps of this agreement (an Agreement id).") String agreement) {
        Long key = agreement == null ? null : GlobalId.keyOf(agreement, Agreement.class);
        return feeds.of(AgreementStage.class).filter(stage -> key == null || key.equals(stage.agreement.id));
    }

    /** The order of the root list, and its cursors' keys: by date. */
    static final SortKey<AgreementStage> ORDER = SortKey.<AgreementStage>by("reachedOn", s -> s.reachedOn, LocalDate.class)
            .thenId(s -> s.id)
            .orderedBy(AgreementStageOrder.class);

    /** What `agreementStages(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("agreementStages", AgreementStage.class).record(Dimension.AGREEMENT, "agreement", Agreement.class).value(Dimension.STAGE, "stage").record(Dimension.PARTY, "party", Party.class).yearAndMonth("reachedOn", "reachedOnPrecision");

    @Query("agreementStages")
    @Description("Steps agreements took, in date order.")
    public @NonNull AgreementStageConnection agreementStages(
            @Id @Description("Only steps of this agreement (an Agreement id).") String agreement,
            @Description("Only steps of this kind.") StageKind stage,
            @Id @Description("Only steps one party took alone, this one (a Party id).") String party,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull AgreementStageOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("agreement.id = :agreement", "agreement", agreement == null ? null : GlobalId.keyOf(agreement, Agreement.class))
                .and("stage = :stage", "stage", stage)
                .and("party.id = :party", "party", party == null ? null : GlobalId.keyOf(party, Party.class));
        return pager.page((query, parameters) -> AgreementStage.find(query, parameters), Sources.disputed(where, AgreementStage.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), AgreementStageConnection::new, DIMENSIONS);
    }

    @Query("agreementStage")
    @Description("One step of an agreement by id." + Nodes.LOOKUP)
    public AgreementStage agreementStage(@NonNull @Id @Description("An AgreementStage id.") String id) {
        return nodes.find(AgreementStage.class, id);
    }

    @Description("The agreement this step belongs to.")
    public List<@NonNull Agreement> agreement(@Source List<AgreementStage> stages) {
        return Batch.toOne(stages, s -> s.agreement, Agreement::byIds);
    }

    @Description("The party that took this step alone (ratified, suspended, withdrew); null when all did.")
    public List<Party> party(@Source List<AgreementStage> stages) {
        return Batch.toOne(stages, s -> s.party, Party::byIds);
    }

    @Mutation("createAgreementStage")
    @Description("Records a step an agreement took; subscribers of `agreementStageRecorded` receive it." + Editing.CREATE)
    @Transactional
    public @NonNull AgreementStage createAgreementStage(@NonNull @Description("The new record.") AgreementStageInput input) {
        return editing.publish(editing.create(new AgreementStage(), input));
    }

    @Mutation("updateAgreementStage")
    @Description("Rewrites a step of an agreement." + Editing.UPDATE)
    @Transactional
    public @NonNull AgreementStage updateAgreementStage(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) AgreementStageInput input) {
        return editing.update(AgreementStage.class, id, version, input);
    }

    @Mutation("deleteAgreementStage")
    @Description("Deletes a step of an agreement." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteAgreementStage(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(AgreementStage.class, id, version);
    }
}
