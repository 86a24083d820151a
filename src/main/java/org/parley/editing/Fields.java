package org.parley.editing;

import java.util.ArrayList;
import java.util.List;

import org.parley.common.DomainEntity;
import org.parley.common.FieldError;
import org.parley.common.GlobalId;
import org.parley.common.InvalidInputException;
import org.parley.common.Nodes;
import org.parley.common.NotFoundException;
import org.parley.common.PartialDate;

/** Reads the fields of one mutation input that need more than a copy: ids to resolve and dates to parse. */
public final class Fields {

    static final String ROOT = "input.";

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
            throw new NotFoundException(ROOT + field + ": no " + GlobalId.typeName(type) + " has id '" + id + "'.");
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

    /** The ISO-8601 date of a field, or null for null. */
    public PartialDate date(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (InvalidInputException e) {
            throw invalid(field, e.getMessage());
        }
    }
}
