package org.parley.event;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Embeddable
@Type("Figure")
@Description("A number the sources give for an event, e.g. 71 drones.")
public class Figure {

    @NotNull
    @NonNull
    @Column(precision = 19, scale = 2)
    @Description("The number. When the source says \"over\" or \"about\", `qualifier` says so.")
    public BigDecimal quantity;

    @NotBlank
    @NonNull
    @Description("What is counted, plural, e.g. `drones`, `residents`, `days`.")
    public String unit;

    @Description("How exact the number is: `over`, `about`, `at least`...; null when exact.")
    public String qualifier;
}
