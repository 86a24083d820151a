package org.parley.source;

import java.util.List;

/**
 * An input for a fact, which must cite at least one source: existing ones by id, new ones in full, or either with
 * the passage that backs the fact in `citations`.
 */
public interface CitedInput {

    String SOURCES = "Ids of recorded sources that back this record (Source ids). On update, this list, `newSources` and "
            + "`citations` together replace the record's citations. At least one source, here, in `newSources` or in "
            + "`citations`.";
    String NEW_SOURCES = "Sources to record and cite in the same transaction, for documents not yet recorded.";
    String CITATIONS = "Sources cited with the passage that backs this record, where it is and the source's stance "
            + "(a source that disputes it, one that reports someone's claim). Each source is cited once, here or in "
            + "`sources`.";

    List<String> sources();

    List<SourceInput> newSources();

    List<CitationInput> citations();
}
