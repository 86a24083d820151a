package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RoundMode")
@Description("How the sides communicated at a round, and so whether it was a meeting at all.")
public enum RoundMode {
    @Description("Face to face, in one place.")
    IN_PERSON,
    @Description("By video or telephone.")
    REMOTE,
    @Description("Some in the room, some by video.")
    HYBRID,
    @Description("The sides did not sit together: a mediator met each in turn and carried messages between them.")
    SHUTTLE,
    @Description("No meeting: texts or messages were exchanged through diplomatic channels.")
    DIPLOMATIC_CHANNELS;

    /** Every mode but an exchange through diplomatic channels brings people together. */
    public boolean isMeeting() {
        return this != DIPLOMATIC_CHANNELS;
    }
}
