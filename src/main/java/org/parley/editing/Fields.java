package org.parley.editing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.parley.common.error.FieldError;
import org.parley.common.error.InvalidInputException;
import org.parley.common.error.NotFoundException;
import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DateRules;
import org.parley.common.value.PartialDate;
import org.parley.common.value.TextRules;

/**
 * Reads the fields of one input that need more than a copy: references to resolve and dates to parse. Paths in
 * errors start at {@code root}: `input.` in a mutation, nothing in a dataset record (the loader names the record).
 */
public final class Fields {

    private final String root;
    private final Resolver resolver;

    Fields(String root, Resolver resolver) {
        this.root = root;
        this.resolver = resolver;
    }

    /** The record the reference names, or null for null; NOT_FOUND or VALIDATION with the field's path otherwise. */
    public <T extends DomainEntity> T ref(Class<T> type, String reference, String field) {
        if (reference == null) {
            return null;
        }
        T found;
        try {
            found = resolver.find(type, reference);
        } catch (InvalidInputException e) {
            throw invalid(field, e.getMessage());
        }
        if (found == null) {
            throw new NotFoundException(new FieldError(root + field,
                    "no " + GlobalId.typeName(type) + " has " + resolver.naming() + " " + TextRules.echo(reference) + "."));
        }
        return found;
    }

    public <T extends DomainEntity> List<T> refs(Class<T> type, List<String> references, String field) {
        List<T> found = new ArrayList<>();
        if (references != null) {
            for (int i = 0; i < references.size(); i++) {
                if (references.get(i) == null) {
                    throw invalid(field + "[" + i + "]", "must not be null");
                }
                found.add(ref(type, references.get(i), field + "[" + i + "]"));
            }
        }
        return found;
    }

    /** A VALIDATION error on one field, for rules that span fields. */
    public InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(root + field, message)));
    }

    /** Refuses {@code field} with the reason a rule gives; a rule gives null for an acceptable value (agreement/Rules...). */
    public void check(String field, String problem) {
        if (problem != null) {
            throw invalid(field, problem);
        }
    }

    /** The fields of an input nested in this one at {@code prefix} (`externalIds[0].`). */
    public Fields at(String prefix) {
        return new Fields(root + prefix, resolver);
    }

    /** What a reference is: "id" or "key". */
    public String naming() {
        return resolver.naming();
    }

    /** The path of a field in errors. */
    public String path(String field) {
        return root + field;
    }

    /** The date of a field, null for null, if DateRules.plausible accepts it. */
    public PartialDate date(PartialDate date, String field) {
        check(field, DateRules.plausible(date));
        return date;
    }

    /** The date of something that happened or is scheduled, if DateRules.notFarAhead accepts it too. */
    public PartialDate recentDate(PartialDate given, String field) {
        PartialDate date = date(given, field);
        check(field, DateRules.notFarAhead(date, LocalDate.now(ZoneOffset.UTC)));
        return date;
    }
}
