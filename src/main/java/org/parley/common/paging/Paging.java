package org.parley.common.paging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Page sizes of connections and of nested lists. */
@ConfigMapping(prefix = "parley.paging")
public interface Paging {

    /** Items of a page, or of a nested list, when the query gives neither `first` nor `last`. */
    @WithDefault("20")
    int defaultSize();

    /** The largest `first` or `last` accepted. */
    @WithDefault("100")
    int maxSize();
}
