package org.parley.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("PersonConnection")
@Description("A page of people. Its `aggregate` groups by PARTY.")
public class PersonConnection extends RecordConnection<Person, PersonEdge> {

    public PersonConnection() {
        super(PersonEdge::new);
    }
}
