package org.parley.person;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
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
import org.parley.identifier.ExternalId;
import org.parley.identifier.ExternalIds;
import org.parley.party.Party;
import org.parley.source.Sources;

@GraphQLApi
public class PersonGraphQLApi {

    /** The order of the root list, and its cursors' keys. */
    static final SortKey<Person> ORDER = SortKey.<Person>by("name", p -> p.name, String.class).thenId(p -> p.id)
            .orderedBy(PersonOrder.class);

    /** What `people(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("people", Person.class).record(Dimension.PARTY, "party", Party.class);

    @Inject
    Editing editing;

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Query("people")
    @Description("People named by the sources, by name.")
    public @NonNull PersonConnection people(
            @Id @Description("Only people of this party (a Party id).") String party,
            @Description("Only people whose name contains this text (case-insensitive).") String nameContains,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PersonOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("party.id = :party", "party", party == null ? null : GlobalId.keyOf(party, Party.class))
                .contains("name", "name", nameContains);
        return pager.page((query, parameters) -> Person.find(query, parameters), Sources.disputed(where, Person.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), PersonConnection::new, DIMENSIONS);
    }

    @Query("person")
    @Description("One person by id." + Nodes.LOOKUP)
    public Person person(@NonNull @Id @Description("A Person id.") String id) {
        return nodes.find(Person.class, id);
    }

    @Name("party")
    @Description("The party the person belongs to or serves; null when the sources do not say.")
    public List<Party> personParty(@Source List<Person> people) {
        return Batch.toOne(people, p -> p.party, Party::byIds);
    }

    @Name("offices")
    @Description("Titles the person held, earliest first: one person can hold several over time.")
    public List<@NonNull List<@NonNull Office>> personOffices(@Source List<Person> people,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull OfficeOrder> orderBy) {
        return pager.nested(Batch.toMany(people, Office.ofPeople(Batch.ids(people), OfficeGraphQLApi.ORDER.named(orderBy)), o -> o.person.id), first);
    }

    @Description(ExternalIds.EXTERNAL_IDS)
    public List<@NonNull List<@NonNull ExternalId>> externalIds(@Source List<Person> people,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(ExternalIds.of(people), first);
    }

    @Mutation("createPerson")
    @Description("Records a person." + Editing.CREATE)
    @Transactional
    public @NonNull Person createPerson(@NonNull @Description("The new record.") PersonInput input) {
        return editing.create(new Person(), input);
    }

    @Mutation("updatePerson")
    @Description("Rewrites a person." + Editing.UPDATE)
    @Transactional
    public @NonNull Person updatePerson(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) PersonInput input) {
        return editing.update(Person.class, id, version, input);
    }

    @Mutation("deletePerson")
    @Description("Deletes a person." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deletePerson(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Person.class, id, version);
    }
}
