package org.parley.outcome;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.graphql.TimelineItem;
import org.parley.common.persistence.DomainEntity;
import org.parley.source.Cited;
import org.parley.talks.Round;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("Something a round produced: a prisoner exchange, a return of remains, draft terms, an agreement.")
public class Outcome extends DomainEntity implements Node, Cited, TimelineItem {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Round round;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of result it is.")
    public OutcomeKind kind;

    @NotBlank
    @NonNull
    @Description("The result in a sentence or two, as the sources report it.")
    public String description;

    /** The outcomes of a conflict's rounds, their rounds fetched in the same statement. */
    public static List<Outcome> ofConflict(long conflictId) {
        return list("from Outcome o join fetch o.round r where r.talks.conflict.id = :conflictId order by r.heldOn, o.id", Parameters.with("conflictId", conflictId));
    }
}
