package org.parley.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.value.PartialDate;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;

@Input("SourceInput")
@Description("A published document to record: an article, a wire report.")
public record SourceInput(
        @Size(max = 500) @Description("Headline or title; null when the document has none.") String title,
        @Size(max = 200) @Description("Who published it, e.g. `News Central`.") String publisher,
        @Size(max = 200) @Description("Author or agency, e.g. `AFP`; null when unsigned.") String author,
        @NonNull @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL")
        @Description("Address where the document can be read: an absolute http(s) URL.") String url,
        @Description("When it was published; null when undated.") PartialDate publishedOn) implements EntityInput<SourceDocument> {

    /** The input that would write source as it is stored. */
    public static SourceInput of(SourceDocument source) {
        return new SourceInput(source.title, source.publisher, source.author, source.url, source.getPublishedOn());
    }

    @Override
    public void writeTo(SourceDocument source, Fields fields) {
        writeTo(source, fields, "");
    }

    /** Copies this input onto a source; {@code prefix} locates this input within the mutation's argument. */
    public void writeTo(SourceDocument source, Fields fields, String prefix) {
        source.title = title;
        source.publisher = publisher;
        source.author = author;
        source.url = url;
        PartialDate date = fields.recentDate(publishedOn, prefix + "publishedOn");
        source.publishedDate = date == null ? null : date.start();
        source.publishedPrecision = date == null ? null : date.precision();
    }
}
