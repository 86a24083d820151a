package org.parley.talks;

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
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.source.Sources;

@GraphQLApi
public class DelegationGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Editing editing;

    /** The order of the root list, and its cursors' keys: as recorded. */
    static final SortKey<Delegation> ORDER = SortKey.<Delegation>byId(d -> d.id)
            .orderedBy(DelegationOrder.class);

    /** What `delegations(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("delegations", Delegation.class).record(Dimension.ROUND, "round", Round.class).record(Dimension.PARTY, "party", Party.class).record(Dimension.PERSON, "head", Person.class).value(Dimension.ROLE, "role");

    @Query("delegations")
    @Description("Delegations sent to the rounds, in the order recorded.")
    public @NonNull DelegationConnection delegations(
            @Id @Description("Only delegations to this round (a Round id).") String round,
            @Id @Description("Only delegations of this party (a Party id).") String party,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull DelegationOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("round.id = :round", "round", round == null ? null : GlobalId.keyOf(round, Round.class))
                .and("party.id = :party", "party", party == null ? null : GlobalId.keyOf(party, Party.class));
        return pager.page((query, parameters) -> Delegation.find(query, parameters), Sources.disputed(where, Delegation.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), DelegationConnection::new, DIMENSIONS);
    }

    @Description("The round the delegation came to.")
    public List<@NonNull Round> round(@Source List<Delegation> delegations) {
        return Batch.toOne(delegations, d -> d.round, Round::byIds);
    }

    @Description("The party the delegation represents.")
    public List<@NonNull Party> party(@Source List<Delegation> delegations) {
        return Batch.toOne(delegations, d -> d.party, Party::byIds);
    }

    @Description("Who led the delegation; null when the sources do not name the head.")
    public List<Person> head(@Source List<Delegation> delegations) {
        return Batch.toOne(delegations, d -> d.head, Person::byIds);
    }

    @Description("Other named members of the delegation, in the order recorded; empty when the sources name none.")
    public List<@NonNull List<@NonNull Person>> members(@Source List<Delegation> delegations,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(Batch.toManyPairs(delegations, Delegation.membersOf(Batch.ids(delegations))), first);
    }

    @Mutation("createDelegation")
    @Description("Records a party's delegation at a round." + Editing.CREATE)
    @Transactional
    public @NonNull Delegation createDelegation(@NonNull @Description("The new record.") DelegationInput input) {
        return editing.create(new Delegation(), input);
    }

    @Mutation("updateDelegation")
    @Description("Rewrites a delegation, its members included." + Editing.UPDATE)
    @Transactional
    public @NonNull Delegation updateDelegation(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) DelegationInput input) {
        return editing.update(Delegation.class, id, version, input);
    }

    @Mutation("deleteDelegation")
    @Description("Deletes a delegation." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteDelegation(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Delegation.class, id, version);
    }
}
