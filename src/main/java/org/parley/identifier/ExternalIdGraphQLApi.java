package org.parley.identifier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.common.error.InvalidInputException;
import org.parley.common.graphql.Node;
import org.parley.common.node.Nodes;
import org.parley.common.value.TextRules;

@GraphQLApi
public class ExternalIdGraphQLApi {

    @Inject
    Nodes nodes;

    @Query("byExternalId")
    @Description("The record another database identifies so (a party by its Wikidata item, an agreement by its PA-X id...). "
            + "Null when Parley holds none; an error of code VALIDATION when the value cannot be an identifier of the scheme.")
    public Node byExternalId(@NonNull @Description("The database.") ExternalIdScheme scheme,
            @NonNull @Description("The identifier there, e.g. `Q212` (WIKIDATA).") String value) {
        String malformed = scheme.malformed(value);
        if (malformed != null) {
            throw new InvalidInputException(TextRules.echo(value) + " " + malformed + ".");
        }
        ExternalId found = ExternalId.find(scheme, value);
        return found == null ? null : nodes.find(found.subject());
    }
}
