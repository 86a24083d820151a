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
public class ImplementationRecordGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Editing editing;

    @Description("The provision this line is about.")
    public List<@NonNull Provision> provision(@Source List<ImplementationRecord> records) {
        return Batch.toOne(records, r -> r.provision, Provision::byIds);
    }

    @Description("For VIOLATED: the party alleging the breach; null otherwise or when the sources name none.")
    public List<Party> allegedBy(@Source List<ImplementationRecord> records) {
        return Batch.toOne(records, r -> r.allegedBy, Party::byIds);
    }

    @Mutation("createImplementationRecord")
    @Description("Records a line of a provision's ledger." + Editing.CREATE)
    @Transactional
    public @NonNull ImplementationRecord createImplementationRecord(@NonNull @Description("The new record.") ImplementationRecordInput input) {
        return editing.create(new ImplementationRecord(), input);
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

    @Name("sources")
    @Description("Sources that back this record.")
    public List<@NonNull List<@NonNull SourceDocument>> sources(@Source List<ImplementationRecord> records,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(Sources.of(records), first);
    }
}
