package org.parley.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;

/**
 * What `search` can find. Declared here, not in search, because each record type that search reads implements it, and
 * search reads those types.
 */
@Interface
@Name("SearchResult")
@Description("A record `search` can find: a Statement, Position, Event, Round or Source; its `id` asked without a fragment.")
public interface SearchResult extends Node {
}
