package org.parley.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import io.smallrye.graphql.api.Union;

/**
 * What a timeline entry can record. Declared here, not in timeline, for the reason given on {@link SearchResult}.
 */
@Union
@Name("TimelineItem")
@Description("A record a timeline entry can hold: a Round, Outcome, Statement, Event, Position, AgreementStage or "
        + "ImplementationRecord. Every member is a Node.")
public interface TimelineItem {
}
