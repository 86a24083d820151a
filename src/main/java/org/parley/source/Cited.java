package org.parley.source;

/**
 * A record backed by cited sources: every record type but sources and citations themselves. Its five evidence fields
 * (`sources`, `citations`, `disputed` in {@link CitedGraphQLApi}; `claimedBy`, `disputedBy` in party/Claims) are
 * declared once, on this interface, and SmallRye adds them to every type that implements it. It stays a Java
 * interface: no field returns it, so the served schema shows the fields on each type, as before, and no `Cited` type.
 * The read planner's model of the same fields is declared once too, for every type (SourceReads, PartyReads).
 */
public interface Cited {
}
