package org.parley.common.read;

/**
 * An item of a list ranked in Java ({@link RootRead#ranked}: a search hit): the kind and key of the record it holds,
 * which the planner reads, and the values of its own fields, which it answers as they are.
 */
public interface RankedItem {

    /** The kind of its record, one the root declares. */
    String kind();

    /** Its record's key. */
    long key();

    /** The value of its own field of this name (one the root declares), as the field's resolver answers it. */
    Object field(String name);
}
