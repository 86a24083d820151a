package org.parley.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EventKind")
@Description("What kind of event it is.")
public enum EventKind {
    @Description("Start of an invasion or a new front.")
    INVASION,
    @Description("Ground offensive or advance.")
    OFFENSIVE,
    @Description("Attack with drones.")
    DRONE_STRIKE,
    @Description("Attack with missiles or artillery.")
    MISSILE_STRIKE,
    @Description("Loss of electricity or other utilities for civilians.")
    POWER_OUTAGE,
    @Description("A party's claim to have taken a place.")
    CAPTURE_CLAIM,
    @Description("A deadline or ultimatum set by a party.")
    ULTIMATUM,
    @Description("A meeting or call between leaders or officials outside the rounds.")
    DIPLOMATIC_CONTACT,
    @Description("Anything else.")
    OTHER
}
