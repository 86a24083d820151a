package org.parley.position;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.parley.agreement.Agreement;
import org.parley.agreement.AgreementGraphQLApi;
import org.parley.agreement.ImplementationRecord;
import org.parley.agreement.ImplementationStatus;
import org.parley.agreement.Provision;
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
import org.parley.common.value.Topic;
import org.parley.editing.Editing;
import org.parley.editing.Feeds;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.talks.Round;
import org.parley.territory.Territory;

import io.quarkus.panache.common.Parameters;
import io.smallrye.graphql.api.Deprecated;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
@ApplicationScoped
public class PositionGraphQLApi {

    /** The order of the root list, and its cursors' keys. */
    static final SortKey<Position> ORDER = SortKey.<Position>by("statedDate", p -> p.statedDate, LocalDate.class).thenId(p -> p.id)
            .orderedBy(PositionOrder.class);

    /** What `positions(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("positions", Position.class).record(Dimension.PARTY, "party", Party.class).record(Dimension.PERSON, "statedBy", Person.class).record(Dimension.ROUND, "round", Round.class).value(Dimension.KIND, "kind").value(Dimension.TOPIC, "topic").yearAndMonth("statedDate", "statedOnPrecision");

    static final String AS_OF = "Answer as the record stood at the end of this date (`2025-07-23`, `2025-W30`, "
            + "`2025-07`, `2025`): only positions stated by then and not superseded by then.";

    static final String MET = "For a PRECONDITION about an agreement's provision (`provision`): whether that provision is "
            + "IMPLEMENTED at the end of the date, as its ledger records (`Provision.status`): the precondition reads as met "
            + "from that day. Null for other kinds of position, and for a precondition about no provision: Parley cannot tell.";

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Inject
    Editing editing;

    @Inject
    Feeds feeds;

    @Subscription("positionRecorded")
    @Description("Each position as an editor records it, once the write has committed.")
    public Multi<@NonNull Position> positionRecorded(@Id @Description(PositionFilter.PARTY) String party,
            @Description(PositionFilter.TOPIC) Topic topic) {
        Long key = party == null ? null : GlobalId.keyOf(party, Party.class);
        return feeds.of(Position.class).filter(p -> (key == null || key.equals(p.party.id)) && (topic == null || topic == p.topic));
    }

    @Query("positions")
    @Description("Positions of all parties, oldest first; `filter` narrows the list.")
    public @NonNull PositionConnection positions(
            @Description("Which positions to list; absent: all.") PositionFilter filter,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before,
            @Id @Deprecated(reason = "Use `filter: {party" + PositionFilter.INSTEAD) @Description(PositionFilter.PARTY) String party,
            @Deprecated(reason = "Use `filter: {topic" + PositionFilter.INSTEAD) @Description(PositionFilter.TOPIC) Topic topic,
            @Deprecated(reason = "Use `filter: {kind" + PositionFilter.INSTEAD) @Description(PositionFilter.KIND) PositionKind kind,
            @Deprecated(reason = "Use `filter: {inForce" + PositionFilter.INSTEAD) @Description(PositionFilter.IN_FORCE) Boolean inForce,
            @Deprecated(reason = "Use `filter: {from" + PositionFilter.INSTEAD) @Description(PositionFilter.FROM) PartialDate from,
            @Deprecated(reason = "Use `filter: {to" + PositionFilter.INSTEAD) @Description(PositionFilter.TO) PartialDate to,
            @Deprecated(reason = "Use `filter: {textContains" + PositionFilter.INSTEAD) @Description(PositionFilter.TEXT_CONTAINS) String textContains,
            @Deprecated(reason = "Use `filter: {asOf" + PositionFilter.INSTEAD) @Description(AS_OF) PartialDate asOf) {
        Where where = PositionFilter.with(filter, party, topic, kind, inForce, from, to, textContains, asOf).where();
        return pager.page((query, parameters) -> Position.find(query, parameters), where, ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), PositionConnection::new, DIMENSIONS);
    }

    @Query("position")
    @Description("One position by id." + Nodes.LOOKUP)
    public Position position(@NonNull @Id @Description("A Position id.") String id) {
        return nodes.find(Position.class, id);
    }

    @Description("The party that holds the position.")
    public List<@NonNull Party> party(@Source List<Position> positions) {
        return Batch.toOne(positions, p -> p.party, Party::byIds);
    }

    @Description("Who stated it; null when the sources attribute it to the party as a whole.")
    public List<Person> statedBy(@Source List<Position> positions) {
        return Batch.toOne(positions, p -> p.statedBy, Person::byIds);
    }

    @Description("The round at which it was stated; null when stated outside the rounds.")
    public List<Round> round(@Source List<Position> positions) {
        return Batch.toOne(positions, p -> p.round, Round::byIds);
    }

    @Description("The later position of the same party that replaced this one; null while it is in force.")
    public List<Position> supersededBy(@Source List<Position> positions) {
        return Batch.toOne(positions, p -> p.supersededBy, Position::byIds);
    }

    @Description("Earlier positions this one replaced.")
    public List<@NonNull List<@NonNull Position>> supersedes(@Source List<Position> positions,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.children((q, p) -> Position.find(q, p), "supersededBy", positions, p -> p.supersededBy.id, ORDER.chosen(orderBy), first);
    }

    @Description("The position of another party this one answers (what a rejection rejects, what a counter-proposal "
            + "counters); null when it answers none.")
    public List<Position> respondsTo(@Source List<Position> positions) {
        return Batch.toOne(positions, p -> p.respondsTo, Position::byIds);
    }

    @Description("Positions of other parties that answer this one (`respondsTo`), oldest first.")
    public List<@NonNull List<@NonNull Position>> responses(@Source List<Position> positions,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.children((q, p) -> Position.find(q, p), "respondsTo", positions, p -> p.respondsTo.id, ORDER.chosen(orderBy), first);
    }

    @Description("The agreement provision the position is about: a rejection rejects it, a demand asks that it be "
            + "carried out; null when none.")
    public List<Provision> provision(@Source List<Position> positions) {
        return Batch.toOne(positions, p -> p.provision, Provision::byIds);
    }

    @Description(MET)
    public List<Boolean> met(@Source List<Position> positions, @Description(AgreementGraphQLApi.AS_OF) PartialDate asOf) {
        // the foreign key alone: a lazy proxy's id loads nothing
        List<Long> asked = positions.stream().map(p -> p.kind == PositionKind.PRECONDITION && p.provision != null ? p.provision.id : null)
                .toList();
        List<ImplementationStatus> statuses = ImplementationRecord.statusOn(asked, AgreementGraphQLApi.day(asOf));
        List<Boolean> met = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            met.add(asked.get(i) == null ? null : statuses.get(i) == ImplementationStatus.IMPLEMENTED);
        }
        return met;
    }

    @Description("For a PRECONDITION, what it conditions (an agreement's stage, an act); null when the sources do not say.")
    public List<Condition> conditions(@Source List<Position> positions) {
        List<Agreement> agreements = Batch.toOne(positions, p -> p.conditionsAgreement, Agreement::byIds);
        List<Condition> conditions = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            Position position = positions.get(i);
            conditions.add(agreements.get(i) == null && position.conditionsAct == null ? null
                    : new Condition(agreements.get(i), position.conditionsStage, position.conditionsAct));
        }
        return conditions;
    }

    @Description("Territories the position concerns; empty when it names none.")
    public List<@NonNull List<@NonNull Territory>> territories(@Source List<Position> positions,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(Batch.toManyPairs(positions, Position.territoriesOf(Batch.ids(positions))), first);
    }

    @Query("positionHistory")
    @Description("How a party's stance on a topic moved: all its positions on the topic, oldest first, each with what it "
            + "superseded (`supersedes`), what superseded it (`supersededBy`), its `round` and its `sources`.")
    public @NonNull List<@NonNull Position> positionHistory(@NonNull @Id @Description("The party (a Party id).") String party,
            @NonNull @Description("The topic.") Topic topic) {
        nodes.get(Party.class, party);
        return Position.list("party.id = :party and topic = :topic order by statedDate, id",
                Parameters.with("party", GlobalId.keyOf(party, Party.class)).and("topic", topic));
    }

    @Mutation("createPosition")
    @Description("Records a party's position, possibly superseding earlier ones (which stay on record); subscribers of `positionRecorded` receive it." + Editing.CREATE)
    @Transactional
    public @NonNull Position createPosition(@NonNull @Description("The new record.") PositionInput input) {
        return editing.publish(editing.create(new Position(), input));
    }

    @Mutation("updatePosition")
    @Description("Rewrites a position." + Editing.UPDATE)
    @Transactional
    public @NonNull Position updatePosition(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) PositionInput input) {
        return editing.update(Position.class, id, version, input);
    }

    @Mutation("deletePosition")
    @Description("Deletes a position; refused while it supersedes others (update those links first)." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deletePosition(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Position.class, id, version);
    }
}
