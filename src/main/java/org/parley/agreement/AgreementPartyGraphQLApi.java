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
public class AgreementPartyGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Editing editing;

    @Description("The agreement.")
    public List<@NonNull Agreement> agreement(@Source List<AgreementParty> records) {
        return Batch.toOne(records, p -> p.agreement, Agreement::byIds);
    }

    @Description("The party.")
    public List<@NonNull Party> party(@Source List<AgreementParty> records) {
        return Batch.toOne(records, p -> p.party, Party::byIds);
    }

    @Mutation("createAgreementParty")
    @Description("Records a party behind an agreement in one capacity." + Editing.CREATE)
    @Transactional
    public @NonNull AgreementParty createAgreementParty(@NonNull @Description("The new record.") AgreementPartyInput input) {
        return editing.create(new AgreementParty(), input);
    }

    @Mutation("updateAgreementParty")
    @Description("Rewrites a party's capacity in an agreement." + Editing.UPDATE)
    @Transactional
    public @NonNull AgreementParty updateAgreementParty(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) AgreementPartyInput input) {
        return editing.update(AgreementParty.class, id, version, input);
    }

    @Mutation("deleteAgreementParty")
    @Description("Deletes a party's capacity in an agreement." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteAgreementParty(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(AgreementParty.class, id, version);
    }

    @Name("sources")
    @Description("Sources that back this record.")
    public List<@NonNull List<@NonNull SourceDocument>> sources(@Source List<AgreementParty> records,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(Sources.of(records), first);
    }
}
