package org.parley.common.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.parley.common.DatePrecision;
import org.parley.common.DomainEntity;
import org.parley.common.GlobalId;
import org.parley.common.InvalidInputException;
import org.parley.common.read.Sql;

/**
 * The dimensions a root list's items can be grouped by, each written twice: as the HQL expressions the resolver
 * selects (attributes of the list's entity, unqualified as in Panache's short form), and as the SQL ones the read
 * planner writes on the list's row (docs/reads.md, "Counts"); and how their values read as a group's key.
 */
public final class Dimensions {

    /** The alias of the list's entity in the statement, for expressions that compare other rows with it. */
    public static final String ROW = "x";
    /** The parameter an expression reads the day from, for dimensions that change over time (`groupBy(asOf:)`). */
    public static final String AS_OF = "groupAsOf";

    /** A dimension's key in SQL on the list's row aliased {@code row}: its expressions, as of the end of {@code day}. */
    @FunctionalInterface
    public interface SqlKey {
        List<String> expressions(Sql sql, String row, LocalDate day);
    }

    /**
     * One dimension: its HQL select expressions and their SQL twins (as many, in the same order), its key's value from
     * their values (a record's key as a {@code Long}, a number, an enum or text); {@code record} when it names records.
     */
    public record Grouping(List<String> expressions, SqlKey sql, Function<Object[], String> value, Class<? extends DomainEntity> record) {
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
        return record(dimension, attribute + ".id", (sql, row, day) -> List.of(sql.column(entity, row, attribute)), type);
    }

    /** Items grouped by the record that the record their many-to-one names names in turn (a ledger line's agreement). */
    public Dimensions record(Dimension dimension, String attribute, Class<? extends DomainEntity> through, String next,
            Class<? extends DomainEntity> type) {
        return record(dimension, attribute + "." + next + ".id", (sql, row, day) -> {
            String t = sql.alias();
            return List.of("(select " + sql.column(through, t, next) + " from " + sql.table(through) + " " + t + " where "
                    + sql.column(through, t, "id") + " = " + sql.column(entity, row, attribute) + ")");
        }, type);
    }

    private Dimensions record(Dimension dimension, String path, SqlKey sql, Class<? extends DomainEntity> type) {
        groupings.put(dimension, new Grouping(List.of(path), sql, v -> v[0] == null ? null : GlobalId.of(type, (Long) v[0]), type));
        return this;
    }

    /** Items grouped by an attribute's value: an enum's name, or text. */
    public Dimensions value(Dimension dimension, String attribute) {
        return expression(dimension, attribute, (sql, row, day) -> List.of(sql.column(entity, row, attribute)));
    }

    /**
     * Items grouped by the value of an HQL expression of the row ({@link #ROW}) that may read the day asked
     * ({@code :}{@link #AS_OF}): where a record stood on a date; {@code sql} writes the same in SQL.
     */
    public Dimensions expression(Dimension dimension, String hql, SqlKey sql) {
        groupings.put(dimension, new Grouping(List.of(hql), sql, Dimensions::text, null));
        return this;
    }

    /** YEAR and MONTH of a partial date (its first day and its precision); a date known to a year has no month. */
    public Dimensions yearAndMonth(String date, String precision) {
        groupings.put(Dimension.YEAR, new Grouping(List.of("year(" + date + ")"), (sql, row, day) -> List.of(year(sql.column(entity, row, date))),
                Dimensions::text, null));
        String unlessYear = "case when " + precision + " = " + DatePrecision.class.getName() + "." + DatePrecision.YEAR.name() + " then null else ";
        SqlKey month = (sql, row, day) -> {
            String column = sql.column(entity, row, date);
            String unless = "case when " + sql.column(entity, row, precision) + " = " + Sql.text(DatePrecision.YEAR.name()) + " then null else ";
            return List.of(unless + year(column) + " end", unless + "cast(extract(month from " + column + ") as integer) end");
        };
        groupings.put(Dimension.MONTH, new Grouping(List.of(unlessYear + "year(" + date + ") end", unlessYear + "month(" + date + ") end"), month,
                v -> v[0] == null ? null : String.format("%04d-%02d", ((Number) v[0]).intValue(), ((Number) v[1]).intValue()), null));
        return this;
    }

    private static String year(String column) {
        return "cast(extract(year from " + column + ") as integer)";
    }

    /** A one-expression key's value as text: an enum's name, a number or text as written; null stays null. */
    private static String text(Object[] values) {
        return values[0] == null ? null : values[0] instanceof Enum<?> e ? e.name() : values[0].toString();
    }

    /** The list's entity. */
    public Class<? extends DomainEntity> entity() {
        return entity;
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
