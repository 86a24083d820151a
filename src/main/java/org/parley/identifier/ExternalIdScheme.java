package org.parley.identifier;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The other databases a record can be linked to: what an identifier looks like in each, the kinds of record it names
 * (by GraphQL type name), and the address of its page there.
 */
@Enum("ExternalIdScheme")
@Description("A database that identifies records Parley holds, for joining Parley's data with data already keyed by it.")
public enum ExternalIdScheme {
    @Description("A Wikidata item, `Q` and digits (e.g. `Q212`): of a party, a person, a conflict, an agreement or a territory.")
    WIKIDATA("Q[1-9][0-9]{0,11}", "`Q` and digits, e.g. `Q212`", "https://www.wikidata.org/wiki/",
            List.of("Party", "Person", "Conflict", "Agreement", "Territory")),
    @Description("An agreement of the PA-X Peace Agreements Database (University of Edinburgh): its agreement id, digits.")
    PAX("[1-9][0-9]{0,8}", "digits", "https://www.peaceagreements.org/view/", List.of("Agreement")),
    @Description("A conflict of the UCDP datasets (Uppsala Conflict Data Program): its `conflict_id`, digits.")
    UCDP_CONFLICT("[1-9][0-9]{0,8}", "digits", "https://ucdp.uu.se/conflict/", List.of("Conflict")),
    @Description("An actor of the UCDP datasets (a state's government or an armed group): its actor id, digits.")
    UCDP_ACTOR("[1-9][0-9]{0,8}", "digits", "https://ucdp.uu.se/actor/", List.of("Party"));

    private final Pattern format;
    private final String shape;
    private final String page;
    private final List<String> types;

    ExternalIdScheme(String format, String shape, String page, List<String> types) {
        this.format = Pattern.compile(format);
        this.shape = shape;
        this.page = page;
        this.types = types;
    }

    /** Why the value cannot be an identifier of this scheme, or null when it can. */
    String malformed(String value) {
        return value == null || format.matcher(value).matches() ? null
                : "is not a " + name() + " identifier: " + shape;
    }

    /** Why a record of this type cannot carry an identifier of this scheme, or null when it can. */
    String refused(String typeName) {
        return types.contains(typeName) ? null
                : name() + " identifies " + String.join(", ", types).toLowerCase() + " records, not a " + typeName.toLowerCase();
    }

    /** The identified record's page in the other database. */
    String url(String value) {
        return page + value;
    }
}
