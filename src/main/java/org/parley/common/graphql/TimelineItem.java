package org.parley.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;

/**
 * What a timeline entry can record. Declared here, not in timeline, for the reason given on {@link SearchResult}.
 */
@Interface
@Name("TimelineItem")
@Description("A record a timeline entry can hold: a Round, Outcome, Statement, Event, Position, AgreementStage or "
        + "ImplementationRecord; its `id` asked without a fragment.")
public interface TimelineItem extends Node {
}
