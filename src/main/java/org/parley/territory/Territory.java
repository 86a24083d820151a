package org.parley.territory;

import java.time.LocalDate;

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
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.party.Party;
import org.parley.source.Cited;

@Entity
@Description("Land at stake in a conflict, with the annexation claimed over it, if any.")
public class Territory extends DomainEntity implements Node, Cited {

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Conflict conflict;

    @NotBlank
    @NonNull
    @Description("Name as the sources give it, e.g. `Crimea`.")
    public String name;

    @Description("What the sources say of this territory.")
    public String description;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party annexedBy;

    @Ignore
    public LocalDate annexedOn;

    @Ignore
    @Enumerated(EnumType.STRING)
    public DatePrecision annexedOnPrecision;

    @Description("Date of the claimed annexation, to `annexationDatePrecision`; null when none is recorded.")
    public PartialDate getAnnexationDate() {
        return PartialDate.of(annexedOn, annexedOnPrecision);
    }

    @Description("Precision of `annexationDate`; null when `annexationDate` is null.")
    public DatePrecision getAnnexationDatePrecision() {
        return annexedOn == null ? null : annexedOnPrecision;
    }

    public void setAnnexationDate(PartialDate date) {
        annexedOn = date == null ? null : date.start();
        annexedOnPrecision = date == null ? null : date.precision();
    }
}
