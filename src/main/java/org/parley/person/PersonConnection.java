package org.parley.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("PersonConnection")
@Description("A page of people.")
public class PersonConnection extends Connection<Person, PersonEdge> {

    public PersonConnection() {
        super(PersonEdge::new);
    }
}
