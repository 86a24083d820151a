package org.parley.common.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page sits in the whole list (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when items follow the last one of this page.") boolean hasNextPage,
        @NonNull @Description("True when items precede the first one of this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("Cursor of the last item of this page; null when the page is empty.") String endCursor) {
}
