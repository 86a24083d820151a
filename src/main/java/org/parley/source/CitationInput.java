package org.parley.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CitationInput")
@Description("A source cited with what it says: the passage that backs the record, where it is, and how the source "
        + "stands to the record.")
public record CitationInput(
        @Id @Description("The cited source (a Source id); give it or `newSource`.") String source,
        @Valid @Description("A source to record and cite in the same transaction, instead of `source`.") SourceInput newSource,
        @Size(max = Citation.QUOTE_LENGTH) @Description("The sentence or clause of the source that backs the record, "
                + "verbatim (at most " + Citation.QUOTE_LENGTH + " characters; ` … ` between two parts leaves text "
                + "out); null when none is recorded.") String quote,
        @Size(max = 200) @Description("Where the passage is: a paragraph, a section, a page, e.g. `paragraph 4`.") String locator,
        @DefaultValue("SUPPORTS") @Description("How the source stands to the record; SUPPORTS when absent.") CitationStance stance,
        @Id @Description("The party whose words the passage reports (a Party id): who claims it (REPORTS_CLAIM), who "
                + "denies it (DISPUTES), who says it (SUPPORTS); null when the source speaks for itself.") String attributedTo) {

    /** The citation as an input, naming its source and party as {@code names} does. */
    public static CitationInput of(Citation citation, String source, String attributedTo) {
        return new CitationInput(source, null, citation.quote, citation.locator, citation.stance, attributedTo);
    }
}
