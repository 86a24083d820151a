package org.parley.agreement;

import java.util.Collection;
import java.util.Comparator;
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
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.DomainEntity;
import org.parley.party.Party;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("A party behind an agreement, in one capacity: signatory, mediator, host, facilitator, witness or guarantor. "
        + "A party in two capacities (Turkey hosting and mediating) has two.")
public class AgreementParty extends DomainEntity implements Node, Cited {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party party;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The part it plays.")
    public Capacity capacity;

    /**
     * The parties behind the agreements in {@code order}, or when it is null in the order of {@link Capacity}
     * (signatories first), then as recorded.
     */
    public static List<AgreementParty> ofAgreements(Collection<Long> agreementIds, SortKey<AgreementParty> order) {
        if (order != null) {
            return list("agreement.id in :ids order by " + order.orderBy(false), Parameters.with("ids", agreementIds));
        }
        List<AgreementParty> all = list("agreement.id in :ids order by id", Parameters.with("ids", agreementIds));
        return all.stream().sorted(Comparator.comparing((AgreementParty p) -> p.capacity)).toList();
    }
}
