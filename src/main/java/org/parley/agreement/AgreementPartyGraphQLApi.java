package org.parley.agreement;

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
import org.parley.party.Party;
import org.parley.source.Sources;

@GraphQLApi
public class AgreementPartyGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Inject
    Editing editing;

    /** The order of the root list, and its cursors' keys: as recorded. */
    static final SortKey<AgreementParty> ORDER = SortKey.<AgreementParty>byId(p -> p.id)
            .orderedBy(AgreementPartyOrder.class);

    /** What `agreementParties(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("agreementParties", AgreementParty.class).record(Dimension.AGREEMENT, "agreement", Agreement.class).record(Dimension.PARTY, "party", Party.class).value(Dimension.CAPACITY, "capacity");

    @Query("agreementParties")
    @Description("Parties behind agreements, each in one capacity, in the order recorded.")
    public @NonNull AgreementPartyConnection agreementParties(
            @Id @Description("Only those of this agreement (an Agreement id).") String agreement,
            @Id @Description("Only this party (a Party id).") String party,
            @Description("Only in this capacity.") Capacity capacity,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull AgreementPartyOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("agreement.id = :agreement", "agreement", agreement == null ? null : GlobalId.keyOf(agreement, Agreement.class))
                .and("party.id = :party", "party", party == null ? null : GlobalId.keyOf(party, Party.class))
                .and("capacity = :capacity", "capacity", capacity);
        return pager.page((query, parameters) -> AgreementParty.find(query, parameters), Sources.disputed(where, AgreementParty.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), AgreementPartyConnection::new, DIMENSIONS);
    }

    @Query("agreementParty")
    @Description("One party's capacity in an agreement by id." + Nodes.LOOKUP)
    public AgreementParty agreementParty(@NonNull @Id @Description("An AgreementParty id.") String id) {
        return nodes.find(AgreementParty.class, id);
    }

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
}
