package org.parley.person;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.Batch;
import org.parley.common.persistence.Where;
import org.parley.editing.Editing;
import org.parley.party.Party;
import org.parley.source.Sources;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The fields and mutations of Office, a role a person holds or held. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class OfficeGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Editing editing;

    /** The order of the root list, and its cursors' keys: by start, those of unknown start last. */
    static final SortKey<Office> ORDER = SortKey.<Office>byNullsLast("startedOn", o -> o.startedOn, LocalDate.class).thenId(o -> o.id)
            .orderedBy(OfficeOrder.class);

    /** What `offices(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("offices", Office.class).record(Dimension.PERSON, "person", Person.class).record(Dimension.PARTY, "party", Party.class).yearAndMonth("startedOn", "startedOnPrecision");

    @Query("offices")
    @Description("Roles people hold or held, by when they began; those of unknown start last.")
    public @NonNull OfficeConnection offices(
            @Id @Description("Only offices of this person (a Person id).") String person,
            @Id @Description("Only offices within this party (a Party id).") String party,
            @Description("true: only roles still held; false: only past ones; absent: both.") Boolean current,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull OfficeOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("person.id = :person", "person", person == null ? null : GlobalId.keyOf(person, Person.class))
                .and("party.id = :party", "party", party == null ? null : GlobalId.keyOf(party, Party.class))
                .and("current = :current", "current", current);
        return pager.page((query, parameters) -> Office.find(query, parameters), Sources.disputed(where, Office.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), OfficeConnection::new, DIMENSIONS);
    }

    @Name("person")
    @Description("Who holds or held the office.")
    public List<@NonNull Person> officeHolder(@Source List<Office> offices) {
        return Batch.toOne(offices, o -> o.person, Person::byIds);
    }

    @Name("party")
    @Description("The party (state, organisation) the office belongs to; null when not recorded.")
    public List<Party> officeParty(@Source List<Office> offices) {
        return Batch.toOne(offices, o -> o.party, Party::byIds);
    }

    @Mutation("createOffice")
    @Description("Records a role a person holds or held." + Editing.CREATE)
    @Transactional
    public @NonNull Office createOffice(@NonNull @Description("The new record.") OfficeInput input) {
        return editing.create(new Office(), input);
    }

    @Mutation("updateOffice")
    @Description("Rewrites a role." + Editing.UPDATE)
    @Transactional
    public @NonNull Office updateOffice(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) OfficeInput input) {
        return editing.update(Office.class, id, version, input);
    }

    @Mutation("deleteOffice")
    @Description("Deletes a role." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteOffice(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Office.class, id, version);
    }
}
