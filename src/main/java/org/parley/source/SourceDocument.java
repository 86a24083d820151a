package org.parley.source;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.graphql.SearchResult;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;

import io.quarkus.panache.common.Parameters;

@Entity
@Name("Source")
@Description("A published document that backs facts: an article, a wire report. Every fact carries the sources that cite it.")
public class SourceDocument extends DomainEntity implements Node, SearchResult {

    @Description("Headline or title; null when the record of the source does not give one.")
    public String title;

    @Description("Who published it, e.g. `News Central`; for wire copy, the outlet that ran it.")
    public String publisher;

    @Description("Author or agency, e.g. `Chinomso Sunday`, `AFP`; null when unsigned.")
    public String author;

    @NotBlank
    @NonNull
    @Description("Address where the document can be read (absolute http(s) URL).")
    public String url;

    @Ignore
    @Column(name = "published_on")
    public LocalDate publishedDate;

    @Ignore
    @Enumerated(EnumType.STRING)
    @Column(name = "published_on_precision")
    public DatePrecision publishedPrecision;

    @Description("Publication date, to `publishedOnPrecision`; null when the document is undated.")
    public PartialDate getPublishedOn() {
        return PartialDate.of(publishedDate, publishedPrecision);
    }

    @Description("Precision of `publishedOn`; null when `publishedOn` is null.")
    public DatePrecision getPublishedOnPrecision() {
        return publishedDate == null ? null : publishedPrecision;
    }

    public void setPublishedOn(PartialDate date) {
        publishedDate = date == null ? null : date.start();
        publishedPrecision = date == null ? null : date.precision();
    }

    public static List<SourceDocument> byIds(Collection<Long> ids) {
        return list("id in :ids", Parameters.with("ids", ids));
    }
}
