package org.parley.agreement;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.Batch;
import org.parley.common.paging.Pager;
import org.parley.editing.Editing;
import org.parley.party.Party;
import org.parley.source.SourceDocument;
import org.parley.source.Sources;

@GraphQLApi
public class AgreementStageGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Editing editing;

    @Description("The agreement this step belongs to.")
    public List<@NonNull Agreement> agreement(@Source List<AgreementStage> stages) {
        return Batch.toOne(stages, s -> s.agreement, Agreement::byIds);
    }

    @Description("The party that took this step alone (ratified, suspended, withdrew); null when all did.")
    public List<Party> party(@Source List<AgreementStage> stages) {
        return Batch.toOne(stages, s -> s.party, Party::byIds);
    }

    @Mutation("createAgreementStage")
    @Description("Records a step an agreement took." + Editing.CREATE)
    @Transactional
    public @NonNull AgreementStage createAgreementStage(@NonNull @Description("The new record.") AgreementStageInput input) {
        return editing.create(new AgreementStage(), input);
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

    @Name("sources")
    @Description("Sources that back this record.")
    public List<@NonNull List<@NonNull SourceDocument>> sources(@Source List<AgreementStage> records,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(Sources.of(records), first);
    }
}
