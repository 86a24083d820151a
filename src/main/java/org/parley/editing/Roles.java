package org.parley.editing;

/** Roles read from a token's `groups` claim. An admin may do whatever an editor may. */
public final class Roles {

    /** May create and update records. */
    public static final String EDITOR = "editor";

    /** May also delete records. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
