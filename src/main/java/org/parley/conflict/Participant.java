package org.parley.conflict;

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
import org.parley.common.DomainEntity;
import org.parley.common.Node;
import org.parley.party.Party;

@Entity
@Description("A party's part in a conflict: Russia as belligerent, Turkey as host...")
public class Participant extends DomainEntity implements Node {

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

    public static List<Participant> ofConflicts(Collection<Long> conflictIds) {
        return list("conflict.id in ?1 order by role, id", conflictIds);
    }

    public static List<Participant> ofParties(Collection<Long> partyIds) {
        return list("party.id in ?1 order by id", partyIds);
    }
}
