package org.parley.event;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FigureInput")
@Description("A number the sources give for an event, e.g. 71 drones.")
public record FigureInput(
        @NonNull @NotNull @Digits(integer = 17, fraction = 2) @Description("The number, at most 2 decimals.") BigDecimal quantity,
        @NonNull @NotBlank @Size(max = 100) @Description("What is counted, plural, e.g. `drones`.") String unit,
        @Size(max = 100) @Description("How exact: `over`, `about`, `at least`...; null when exact.") String qualifier) {

    static FigureInput of(Figure figure) {
        return new FigureInput(figure.quantity, figure.unit, figure.qualifier);
    }

    Figure toFigure() {
        Figure figure = new Figure();
        figure.quantity = quantity;
        figure.unit = unit;
        figure.qualifier = qualifier;
        return figure;
    }
}
