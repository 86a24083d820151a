package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StageKind")
@Description("A step in an agreement's life, from an agreed text to its end.")
public enum StageKind {
    @Description("The negotiators agreed on the text (or on the terms, when no text is published).")
    AGREED_TEXT,
    @Description("The text was initialled: agreed and fixed, not yet signed.")
    INITIALLED,
    @Description("The parties signed it.")
    SIGNED,
    @Description("A party ratified it (the stage's party says which).")
    RATIFIED,
    @Description("It took effect.")
    IN_FORCE,
    @Description("It was extended or renewed for a further period.")
    EXTENDED,
    @Description("A party suspended its part in it, or all of it was suspended.")
    SUSPENDED,
    @Description("A party resumed its part after a suspension.")
    RESUMED,
    @Description("A party withdrew from it or declared it over.")
    WITHDRAWN,
    @Description("It ran out and was not renewed.")
    EXPIRED;

    /** Whether an agreement at this stage binds no one any more. */
    boolean ends() {
        return this == WITHDRAWN || this == EXPIRED;
    }
}
