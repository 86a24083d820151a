package org.parley.source;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.aggregate.Dimension;
import org.parley.common.aggregate.Dimensions;
import org.parley.common.node.Nodes;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.Batch;
import org.parley.common.persistence.Where;
import org.parley.editing.Editing;

@GraphQLApi
public class SourceGraphQLApi {

    /** The order of the root list, and its cursors' keys. */
    static final SortKey<SourceDocument> ORDER = SortKey.<SourceDocument>byDescendingNullsLast("publishedDate", s -> s.publishedDate, LocalDate.class).thenId(s -> s.id)
            .orderedBy(SourceOrder.class);

    /** What `sources(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("sources", SourceDocument.class).value(Dimension.PUBLISHER, "publisher").yearAndMonth("publishedDate", "publishedPrecision");

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Inject
    Editing editing;

    @Query("sources")
    @Description("Cited documents, newest first (undated ones last).")
    public @NonNull SourceConnection sources(
            @Description("Only documents whose publisher contains this text (case-insensitive).") String publisher,
            @Description("Only documents whose title, publisher, author or address contains this text (case-insensitive).") String textContains,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull SourceOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .contains("publisher", "publisher", publisher)
                .contains("concat(coalesce(title, ''), ' ', coalesce(publisher, ''), ' ', coalesce(author, ''), ' ', url)",
                        "text", textContains);
        return pager.page((query, parameters) -> SourceDocument.find(query, parameters), where, ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), SourceConnection::new, DIMENSIONS);
    }

    @Query("source")
    @Description("One cited document by id." + Nodes.LOOKUP)
    public SourceDocument source(@NonNull @Id @Description("A Source id.") String id) {
        return nodes.find(SourceDocument.class, id);
    }

    @Description("The cited document.")
    public List<@NonNull SourceDocument> source(@Source List<Citation> citations) {
        return Batch.toOne(citations, c -> c.source, SourceDocument::byIds);
    }

    @Mutation("createSource")
    @Description("Records a published document, to be cited by facts." + Editing.CREATE)
    @Transactional
    public @NonNull SourceDocument createSource(@NonNull @Description("The document.") SourceInput input) {
        return editing.create(new SourceDocument(), input);
    }

    @Mutation("updateSource")
    @Description("Corrects a recorded document." + Editing.UPDATE)
    @Transactional
    public @NonNull SourceDocument updateSource(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version,
            @NonNull @Description(Editing.INPUT) SourceInput input) {
        return editing.update(SourceDocument.class, id, version, input);
    }

    @Mutation("deleteSource")
    @Description("Deletes a document no fact cites." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteSource(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(SourceDocument.class, id, version);
    }
}
