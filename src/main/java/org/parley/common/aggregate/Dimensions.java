package org.parley.common.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.parley.common.error.InvalidInputException;
import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;

/**
 * The dimensions a root list's items can be grouped by, each as the HQL expressions the resolver selects (attributes
 * of the list's entity, unqualified as in Panache's short form), what they read of the row (for the read planner,
 * which writes the same in SQL: common/read/AggregateRead), and how their values read as a group's key.
 */
public final class Dimensions {

    /** The alias of the list's entity in the statement, for expressions that compare other rows with it. */
    public static final String ROW = "x";
    /** The parameter an expression reads the day from, for dimensions that change over time (`groupBy(asOf:)`). */
    public static final String AS_OF = "groupAsOf";

    /**
     * One dimension: its HQL select expressions, its key's value from their values (a record's key as a {@code Long},
     * a number, an enum or text), {@code record} when it names records, and what it reads of the row.
     */
    public record Grouping(List<String> expressions, Function<Object[], String> value, Class<? extends DomainEntity> record, Of of) {
    }

    /** What a key reads of the row: see {@link Of}. */
    public enum Part {
        /** The column of the last attribute of the path. */
        VALUE,
        /** The year of the date the path names. */
        YEAR,
        /** The year and the month of the date the path names, none for a date known to a year ({@code precision}). */
        MONTH,
        /** An expression only HQL says here: the list's *Reads declaration writes it in SQL. */
        DECLARED
    }

    /**
     * What a key reads of the list's row: {@code attributes} followed from it, each an attribute of the entity at the
     * same place in {@code entities} (all but the last many-to-ones), and the {@code part} of the last one's value;
     * {@code precision} the list's attribute of a date's precision (for MONTH, whose date is the list's own).
     */
    public record Of(List<Class<? extends DomainEntity>> entities, List<String> attributes, Part part, String precision) {
    }

    final String list;
    final Class<? extends DomainEntity> entity;
    private final Map<Dimension, Grouping> groupings = new java.util.LinkedHashMap<>();

    private Dimensions(String list, Class<? extends DomainEntity> entity) {
        this.list = list;
        this.entity = entity;
    }

    /** The dimensions of the root list {@code list} of {@code entity}. */
    public static Dimensions of(String list, Class<? extends DomainEntity> entity) {
        return new Dimensions(list, entity);
    }

    /** Items grouped by the record a many-to-one attribute names. */
    public Dimensions record(Dimension dimension, String attribute, Class<? extends DomainEntity> type) {
        return record(dimension, attribute + ".id", new Of(List.of(entity), List.of(attribute), Part.VALUE, null), type);
    }

    /** Items grouped by the record that the record their many-to-one names names in turn (a ledger line's agreement). */
    public Dimensions record(Dimension dimension, String attribute, Class<? extends DomainEntity> through, String next,
            Class<? extends DomainEntity> type) {
        return record(dimension, attribute + "." + next + ".id", new Of(List.of(entity, through), List.of(attribute, next), Part.VALUE, null), type);
    }

    private Dimensions record(Dimension dimension, String path, Of of, Class<? extends DomainEntity> type) {
        groupings.put(dimension, new Grouping(List.of(path), v -> v[0] == null ? null : GlobalId.of(type, (Long) v[0]), type, of));
        return this;
    }

    /** Items grouped by an attribute's value: an enum's name, or text. */
    public Dimensions value(Dimension dimension, String attribute) {
        groupings.put(dimension, new Grouping(List.of(attribute), Dimensions::text, null, new Of(List.of(entity), List.of(attribute), Part.VALUE, null)));
        return this;
    }

    /**
     * Items grouped by the value of an HQL expression of the row ({@link #ROW}) that may read the day asked
     * ({@code :}{@link #AS_OF}): where a record stood on a date. The list's *Reads declaration writes it in SQL.
     */
    public Dimensions expression(Dimension dimension, String hql) {
        groupings.put(dimension, new Grouping(List.of(hql), Dimensions::text, null, new Of(List.of(), List.of(), Part.DECLARED, null)));
        return this;
    }

    /** YEAR and MONTH of a partial date (its first day and its precision); a date known to a year has no month. */
    public Dimensions yearAndMonth(String date, String precision) {
        groupings.put(Dimension.YEAR, new Grouping(List.of("year(" + date + ")"), Dimensions::text, null,
                new Of(List.of(entity), List.of(date), Part.YEAR, null)));
        String unlessYear = "case when " + precision + " = " + DatePrecision.class.getName() + "." + DatePrecision.YEAR.name() + " then null else ";
        groupings.put(Dimension.MONTH, new Grouping(List.of(unlessYear + "year(" + date + ") end", unlessYear + "month(" + date + ") end"),
                v -> v[0] == null ? null : String.format("%04d-%02d", ((Number) v[0]).intValue(), ((Number) v[1]).intValue()), null,
                new Of(List.of(entity), List.of(date), Part.MONTH, precision)));
        return this;
    }

    /** A one-expression key's value as text: an enum's name, a number or text as written; null stays null. */
    private static String text(Object[] values) {
        return values[0] == null ? null : values[0] instanceof Enum<?> e ? e.name() : values[0].toString();
    }

    /** How the items group by {@code dimension}; refused (VALIDATION) for one this list does not take. */
    public Grouping grouping(Dimension dimension) {
        Grouping grouping = groupings.get(dimension);
        if (grouping == null) {
            throw new InvalidInputException("`" + list + "` are not grouped by " + dimension + ": it groups by "
                    + String.join(", ", names()) + ".");
        }
        return grouping;
    }

    /** The dimensions this list takes, in the order declared (as its connection describes them). */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        groupings.keySet().forEach(d -> names.add(d.name()));
        return Collections.unmodifiableList(names);
    }
}
