package org.parley.source;

import java.util.List;

/** An input for a fact, which must cite at least one source: existing ones by id, new ones in full, or both. */
public interface CitedInput {

    String SOURCES = "Ids of recorded sources that back this record (Source ids). On update, the list replaces the "
            + "record's citations. At least one source, here or in `newSources`.";
    String NEW_SOURCES = "Sources to record and cite in the same transaction, for documents not yet recorded.";

    List<String> sources();

    List<SourceInput> newSources();
}
