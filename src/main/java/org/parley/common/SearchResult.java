package org.parley.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import io.smallrye.graphql.api.Union;

/**
 * What `search` can find. Declared here, not in search, because each record type that search reads implements it, and
 * search reads those types.
 */
@Union
@Name("SearchResult")
@Description("A record `search` can find: a Statement, Position, Event, Round or Source. Every member is a Node.")
public interface SearchResult {
}
