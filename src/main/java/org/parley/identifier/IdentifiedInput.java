package org.parley.identifier;

import java.util.List;

/** An input for a kind of record that other databases identify too (a party, a conflict, an agreement...). */
public interface IdentifiedInput {

    String EXTERNAL_IDS = "The record's identifiers in other databases, at most one per scheme, each citing a source that "
            + "shows it. On update, a list given replaces the record's identifiers ([] removes them all); null keeps them "
            + "as they are.";

    List<ExternalIdInput> externalIds();
}
