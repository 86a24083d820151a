package org.parley.editing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.parley.common.DomainEntity;
import org.parley.common.FieldError;
import org.parley.common.GlobalId;
import org.parley.common.InvalidInputException;
import org.parley.common.Nodes;
import org.parley.common.NotFoundException;
import org.parley.common.PartialDate;
import org.parley.common.TextRules;

/** Reads the fields of one mutation input that need more than a copy: ids to resolve and dates to parse. */
public final class Fields {

    static final String ROOT = "input.";

    private static final int EARLIEST_YEAR = 1000;

    private final Nodes nodes;

    Fields(Nodes nodes) {
        this.nodes = nodes;
    }

    /** The record the id names, or null for a null id; NOT_FOUND or VALIDATION with the field's path otherwise. */
    public <T extends DomainEntity> T ref(Class<T> type, String id, String field) {
        if (id == null) {
            return null;
        }
        try {
            return nodes.get(type, id);
        } catch (InvalidInputException e) {
            throw invalid(field, e.getMessage());
        } catch (NotFoundException e) {
            throw new NotFoundException(ROOT + field + ": no " + GlobalId.typeName(type) + " has id " + TextRules.echo(id) + ".");
        }
    }

    public <T extends DomainEntity> List<T> refs(Class<T> type, List<String> ids, String field) {
        List<T> found = new ArrayList<>();
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                found.add(ref(type, ids.get(i), field + "[" + i + "]"));
            }
        }
        return found;
    }

    /** A VALIDATION error on one field, for rules that span fields. */
    public InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(ROOT + field, message)));
    }

    /** The ISO-8601 date of a field, or null for null; a date before the year 1000 is a typing error here. */
    public PartialDate date(String text, String field) {
        if (text == null) {
            return null;
        }
        PartialDate date;
        try {
            date = PartialDate.parse(text);
        } catch (InvalidInputException e) {
            throw invalid(field, e.getMessage());
        }
        if (date.start().getYear() < EARLIEST_YEAR) {
            throw invalid(field, "a date before the year " + EARLIEST_YEAR + " cannot be right for this record");
        }
        return date;
    }

    /**
     * The date of something that happened or is scheduled (a round, a statement, a source's publication): at most a
     * year from today, which leaves room for a round being planned but not for a mistyped year.
     */
    public PartialDate recentDate(String text, String field) {
        PartialDate date = date(text, field);
        if (date != null && date.start().isAfter(LocalDate.now(ZoneOffset.UTC).plusYears(1))) {
            throw invalid(field, "a date more than a year from today cannot be right for this record");
        }
        return date;
    }
}
