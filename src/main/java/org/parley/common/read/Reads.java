package org.parley.common.read;

import java.util.List;

/**
 * A type's part of the read model, declared next to the type ({@code talks/RoundReads}...) as a CDI bean: how its
 * fields read, and the root fields that list or look it up.
 */
public interface Reads {

    /** Its own type's reads; null for a package whose roots list records of other types (timeline/). */
    default TypeRead type() {
        return null;
    }

    /** Fields of other types this package serves (as its resolvers do), merged into their types' reads. */
    default List<TypeRead> more() {
        return List.of();
    }

    default List<RootRead> roots() {
        return List.of();
    }
}
