package org.parley.statement;

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
import org.parley.person.Person;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a person said: Person's `statements`. */
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@GraphQLApi
@ApplicationScoped
public class PersonStatements {

    @Inject
    Pager pager;

    @Name("statements")
    @Description("Statements by this person, dated ones first.")
    public List<@NonNull List<@NonNull Statement>> personStatements(@Source List<Person> people,
            @Description(Pager.NESTED_FIRST) Integer first,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull StatementOrder> orderBy) {
        return pager.children((q, p) -> Statement.find(q, p), "person", people, s -> s.person.id, StatementGraphQLApi.ORDER.chosen(orderBy), first);
    }
}
