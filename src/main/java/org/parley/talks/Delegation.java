package org.parley.talks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.persistence.DomainEntity;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.source.Cited;

@Entity
@Description("The team a party sent to a round: who led it and who else came.")
public class Delegation extends DomainEntity implements Node, Cited {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Round round;

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party party;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Person head;

    @Ignore
    @ManyToMany
    @JoinTable(name = "delegation_member", joinColumns = @JoinColumn(name = "delegation_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "ordinal")
    public List<Person> members = new ArrayList<>();

    @Description("What the sources say of the delegation beyond its members.")
    public String description;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("In what role the party took part: a side of the negotiation, or a mediator, facilitator, host or observer.")
    public DelegationRole role = DelegationRole.NEGOTIATOR;

    /** Pairs of (delegation id, member) for the given delegations, in each delegation's member order. */
    public static List<Object[]> membersOf(Collection<Long> delegationIds) {
        return getEntityManager().createQuery(
                "select d.id, m from Delegation d join d.members m where d.id in :ids order by d.id, index(m)",
                Object[].class).setParameter("ids", delegationIds).getResultList();
    }
}
