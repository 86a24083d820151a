package org.parley.position;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.Batch;
import org.parley.common.value.PartialDate;
import org.parley.person.Person;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Positions a person stated: Person's `positions`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class PersonPositions {

    @Inject
    Pager pager;

    @Name("positions")
    @Description("Positions this person stated on behalf of their party, oldest first; with `asOf`, those standing on that date.")
    public List<@NonNull List<@NonNull Position>> personPositions(@Source List<Person> people,
            @Description(PositionGraphQLApi.AS_OF) PartialDate asOf,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull PositionOrder> orderBy) {
        return pager.nested(Batch.toMany(people, Position.statedBy(Batch.ids(people), PartialDate.endOf(asOf), PositionGraphQLApi.ORDER.chosen(orderBy)), p -> p.statedBy.id), first);
    }
}
