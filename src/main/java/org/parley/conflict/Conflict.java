package org.parley.conflict;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("An armed conflict whose parties negotiate, e.g. the Russia–Ukraine war.")
public class Conflict extends DomainEntity implements Node, Cited {

    @NotBlank
    @NonNull
    @Description("Common English name.")
    public String name;

    @Ignore
    public LocalDate startedOn;

    @Ignore
    @Enumerated(EnumType.STRING)
    public DatePrecision startedOnPrecision;

    @Description("What the conflict is, as the sources describe it.")
    public String description;

    @Description("Start date, to `startDatePrecision`; null when unknown.")
    public PartialDate getStartDate() {
        return PartialDate.of(startedOn, startedOnPrecision);
    }

    @Description("Precision of `startDate`; null when `startDate` is null.")
    public DatePrecision getStartDatePrecision() {
        return startedOn == null ? null : startedOnPrecision;
    }

    public void setStartDate(PartialDate date) {
        startedOn = date == null ? null : date.start();
        startedOnPrecision = date == null ? null : date.precision();
    }

    public static List<Conflict> byIds(Collection<Long> ids) {
        return list("id in :ids", Parameters.with("ids", ids));
    }
}
