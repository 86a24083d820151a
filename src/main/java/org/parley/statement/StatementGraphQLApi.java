package org.parley.statement;

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
import org.parley.editing.Feeds;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.source.Sources;
import org.parley.talks.Round;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
@ApplicationScoped
public class StatementGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Editing editing;

    @Inject
    Feeds feeds;

    /** The order of the root list, and its cursors' keys: undated statements last. */
    static final SortKey<Statement> ORDER = SortKey.<Statement>byNullsLast("statedOn", s -> s.statedOn, LocalDate.class).thenId(s -> s.id)
            .orderedBy(StatementOrder.class);

    /** What `statements(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("statements", Statement.class).record(Dimension.PARTY, "party", Party.class).record(Dimension.PERSON, "person", Person.class).record(Dimension.ROUND, "round", Round.class).yearAndMonth("statedOn", "statedOnPrecision");

    @Query("statements")
    @Description("Things said, oldest first; undated ones last.")
    public @NonNull StatementConnection statements(
            @Id @Description("Only statements made for this party (a Party id).") String party,
            @Id @Description("Only statements of this person (a Person id).") String person,
            @Id @Description("Only statements about this round (a Round id).") String round,
            @Description("Only statements whose text contains this (case-insensitive).") String textContains,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull StatementOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("party.id = :party", "party", party == null ? null : GlobalId.keyOf(party, Party.class))
                .and("person.id = :person", "person", person == null ? null : GlobalId.keyOf(person, Person.class))
                .and("round.id = :round", "round", round == null ? null : GlobalId.keyOf(round, Round.class))
                .contains("text", "text", textContains);
        return pager.page((query, parameters) -> Statement.find(query, parameters), Sources.disputed(where, Statement.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), StatementConnection::new, DIMENSIONS);
    }

    @Subscription("statementRecorded")
    @Description("Each statement as an editor records it, once the write has committed.")
    public Multi<@NonNull Statement> statementRecorded(@Id @Description("Only statements made at this round (a Round id).") String round) {
        Long key = round == null ? null : GlobalId.keyOf(round, Round.class);
        return feeds.of(Statement.class).filter(s -> key == null || (s.round != null && key.equals(s.round.id)));
    }

    @Description("Who said it; null when the speaker is unnamed (see `speaker` and `party`).")
    public List<Person> person(@Source List<Statement> statements) {
        return Batch.toOne(statements, s -> s.person, Person::byIds);
    }

    @Description("The party the speaker speaks for.")
    public List<Party> party(@Source List<Statement> statements) {
        return Batch.toOne(statements, s -> s.party, Party::byIds);
    }

    @Description("The round it was said at or about; null when unrelated to a round.")
    public List<Round> round(@Source List<Statement> statements) {
        return Batch.toOne(statements, s -> s.round, Round::byIds);
    }

    @Mutation("createStatement")
    @Description("Records something said; subscribers of `statementRecorded` receive it." + Editing.CREATE)
    @Transactional
    public @NonNull Statement createStatement(@NonNull @Description("The new record.") StatementInput input) {
        return editing.publish(editing.create(new Statement(), input));
    }

    @Mutation("updateStatement")
    @Description("Rewrites a statement." + Editing.UPDATE)
    @Transactional
    public @NonNull Statement updateStatement(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) StatementInput input) {
        return editing.update(Statement.class, id, version, input);
    }

    @Mutation("deleteStatement")
    @Description("Deletes a statement." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteStatement(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Statement.class, id, version);
    }
}
