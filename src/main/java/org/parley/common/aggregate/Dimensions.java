package org.parley.common.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.parley.common.DatePrecision;
import org.parley.common.DomainEntity;
import org.parley.common.GlobalId;

/**
 * The dimensions a root list's items can be grouped by, each as the HQL expressions it selects (attributes of the
 * list's entity, unqualified as in Panache's short form) and how their values read as a group's key.
 */
public final class Dimensions {

    /** The alias of the list's entity in the statement, for expressions that compare other rows with it. */
    public static final String ROW = "x";
    /** The parameter an expression reads the day from, for dimensions that change over time (`groupBy(asOf:)`). */
    public static final String AS_OF = "groupAsOf";

    /** One dimension: its select expressions, and its key's value from theirs; {@code record} when it names records. */
    record Grouping(List<String> expressions, java.util.function.Function<Object[], String> value, Class<? extends DomainEntity> record) {
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

    /** Items grouped by the record a many-to-one (or a path of them: `provision.agreement`) names. */
    public Dimensions record(Dimension dimension, String path, Class<? extends DomainEntity> type) {
        groupings.put(dimension, new Grouping(List.of(path + ".id"), v -> v[0] == null ? null : GlobalId.of(type, (Long) v[0]), type));
        return this;
    }

    /** Items grouped by an attribute's value: an enum's name, or text. */
    public Dimensions value(Dimension dimension, String attribute) {
        return expression(dimension, attribute); // an attribute is an expression of the row
    }

    /**
     * Items grouped by the value of an HQL expression of the row ({@link #ROW}) that may read the day asked
     * ({@code :}{@link #AS_OF}): where a record stood on a date.
     */
    public Dimensions expression(Dimension dimension, String hql) {
        groupings.put(dimension, new Grouping(List.of(hql), Dimensions::text, null));
        return this;
    }

    /** YEAR and MONTH of a partial date (its first day and its precision); a date known to a year has no month. */
    public Dimensions yearAndMonth(String date, String precision) {
        groupings.put(Dimension.YEAR, new Grouping(List.of("year(" + date + ")"), Dimensions::text, null));
        String unlessYear = "case when " + precision + " = " + DatePrecision.class.getName() + "." + DatePrecision.YEAR.name() + " then null else ";
        groupings.put(Dimension.MONTH, new Grouping(List.of(unlessYear + "year(" + date + ") end", unlessYear + "month(" + date + ") end"),
                v -> v[0] == null ? null : String.format("%04d-%02d", ((Number) v[0]).intValue(), ((Number) v[1]).intValue()), null));
        return this;
    }

    /** A one-expression key's value as text: an enum's name, a number or text as written; null stays null. */
    private static String text(Object[] values) {
        return values[0] == null ? null : values[0] instanceof Enum<?> e ? e.name() : values[0].toString();
    }

    Grouping grouping(Dimension dimension) {
        Grouping grouping = groupings.get(dimension);
        if (grouping == null) {
            throw new org.parley.common.InvalidInputException("`" + list + "` are not grouped by " + dimension + ": it groups by "
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
