package org.parley.person;

import java.time.LocalDate;
import java.util.Collection;
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
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.party.Party;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("A title a person held in a party over a period, e.g. Rustem Umerov, minister of defence of Ukraine.")
public class Office extends DomainEntity implements Node, Cited {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Person person;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party party;

    @NotBlank
    @NonNull
    @Description("The title, e.g. `Minister of Defence`.")
    public String title;

    @Ignore
    public LocalDate startedOn;

    @Ignore
    @Enumerated(EnumType.STRING)
    public DatePrecision startedOnPrecision;

    @Ignore
    public LocalDate endedOn;

    @Ignore
    @Enumerated(EnumType.STRING)
    public DatePrecision endedOnPrecision;

    @NonNull
    @Description("True when the latest source shows the person still holding the office; false when it calls them former.")
    public boolean current;

    @Description("Date the office was taken up, to `fromPrecision`; null when the sources do not say.")
    public PartialDate getFrom() {
        return PartialDate.of(startedOn, startedOnPrecision);
    }

    @Description("Precision of `from`; null when `from` is null.")
    public DatePrecision getFromPrecision() {
        return startedOn == null ? null : startedOnPrecision;
    }

    @Description("Date the office was left, to `toPrecision`; null while held or when the sources do not say.")
    public PartialDate getTo() {
        return PartialDate.of(endedOn, endedOnPrecision);
    }

    @Description("Precision of `to`; null when `to` is null.")
    public DatePrecision getToPrecision() {
        return endedOn == null ? null : endedOnPrecision;
    }

    public void setFrom(PartialDate date) {
        startedOn = date == null ? null : date.start();
        startedOnPrecision = date == null ? null : date.precision();
    }

    public void setTo(PartialDate date) {
        endedOn = date == null ? null : date.start();
        endedOnPrecision = date == null ? null : date.precision();
    }

    /** The people's offices in {@code order}, or when it is null earliest first, those of unknown start first. */
    public static List<Office> ofPeople(Collection<Long> personIds, SortKey<Office> order) {
        return list("person.id in :ids order by " + orderBy(order), Parameters.with("ids", personIds));
    }

    /** The parties' offices in {@code order}, or when it is null earliest first, those of unknown start first. */
    public static List<Office> ofParties(Collection<Long> partyIds, SortKey<Office> order) {
        return list("party.id in :ids order by " + orderBy(order), Parameters.with("ids", partyIds));
    }

    private static String orderBy(SortKey<Office> order) {
        return order == null ? "startedOn nulls first, id" : order.orderBy(false);
    }
}
