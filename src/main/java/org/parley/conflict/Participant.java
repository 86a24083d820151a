package org.parley.conflict;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.party.Party;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("A party's part in a conflict: Russia as belligerent, Turkey as host...")
public class Participant extends DomainEntity implements Node, Cited {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Conflict conflict;

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party party;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The part the party plays.")
    public ConflictRole role;

    @Description("What the sources say of that part; null when nothing beyond the role.")
    public String description;

    @Ignore
    public LocalDate joinedOn;

    @Ignore
    @Enumerated(EnumType.STRING)
    public DatePrecision joinedOnPrecision;

    @Ignore
    public LocalDate leftOn;

    @Ignore
    @Enumerated(EnumType.STRING)
    public DatePrecision leftOnPrecision;

    @Description("Date the party took up this part, to `fromPrecision`; null when the sources do not say "
            + "(it then counts as taking part on any date).")
    public PartialDate getFrom() {
        return PartialDate.of(joinedOn, joinedOnPrecision);
    }

    @Description("Precision of `from`; null when `from` is null.")
    public DatePrecision getFromPrecision() {
        return joinedOn == null ? null : joinedOnPrecision;
    }

    @Description("Date the party left this part, to `toPrecision`; null while it still plays it or when the "
            + "sources do not say.")
    public PartialDate getTo() {
        return PartialDate.of(leftOn, leftOnPrecision);
    }

    @Description("Precision of `to`; null when `to` is null.")
    public DatePrecision getToPrecision() {
        return leftOn == null ? null : leftOnPrecision;
    }

    public void setFrom(PartialDate date) {
        joinedOn = date == null ? null : date.start();
        joinedOnPrecision = date == null ? null : date.precision();
    }

    public void setTo(PartialDate date) {
        leftOn = date == null ? null : date.start();
        leftOnPrecision = date == null ? null : date.precision();
    }

    /** Whether the party may have played this part on the day: undated ends count as open. */
    public boolean activeOn(LocalDate day) {
        return (joinedOn == null || !joinedOn.isAfter(day))
                && (leftOn == null || !getTo().end().isBefore(day));
    }

    /** The conflicts' participants, only those taking part on the day when it is given. */
    public static List<Participant> ofConflicts(Collection<Long> conflictIds, LocalDate day) {
        List<Participant> all = list("conflict.id in :conflictIds order by role, id", Parameters.with("conflictIds", conflictIds));
        return all.stream().filter(p -> day == null || p.activeOn(day)).toList();
    }

    public static List<Participant> ofParties(Collection<Long> partyIds) {
        return list("party.id in :partyIds order by id", Parameters.with("partyIds", partyIds));
    }

    /** Keys of the parties taking part in the conflict, in any role and at any time. */
    public static List<Long> partyKeysOf(Long conflictKey) {
        return getEntityManager().createQuery("select distinct p.party.id from Participant p where p.conflict.id = :conflict",
                Long.class).setParameter("conflict", conflictKey).getResultList();
    }
}
