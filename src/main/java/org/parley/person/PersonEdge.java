package org.parley.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("PersonEdge")
@Description("An item of a page of people, with its cursor.")
public class PersonEdge extends Edge<Person> {

    public PersonEdge(String cursor, Person node) {
        super(cursor, node);
    }
}
