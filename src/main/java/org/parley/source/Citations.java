package org.parley.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.common.error.FieldError;
import org.parley.common.persistence.DomainEntity;
import org.parley.editing.Citing;
import org.parley.editing.Fields;

/**
 * Which sources back a written record and what they say of it: the citations every write of a fact records (see
 * {@link Citing}), from its `sources`, `newSources` and `citations` alike.
 */
@ApplicationScoped
public class Citations implements Citing {

    @Inject
    Attribution attribution;

    @Override
    public List<FieldError> check(Object input, Fields fields) {
        if (!(input instanceof CitedInput cited)) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        if (isEmpty(cited.sources()) && isEmpty(cited.newSources()) && isEmpty(cited.citations())) {
            errors.add(new FieldError(fields.path("sources"), fields.naming().equals("id")
                    ? "cite at least one source: an existing one by id here, a new one in `newSources`, or either in `citations`"
                    : "cite at least one source, by its " + fields.naming() + ", in `sources` or `citations`"));
        }
        List<CitationInput> citations = cited.citations() == null ? List.of() : cited.citations();
        for (int i = 0; i < citations.size(); i++) {
            CitationInput citation = citations.get(i);
            String at = "citations[" + i + "].";
            if (citation == null) {
                errors.add(new FieldError(fields.path("citations[" + i + "]"), "must not be null"));
            } else if ((citation.source() == null) == (citation.newSource() == null)) {
                errors.add(new FieldError(fields.path(at + "source"), "give either `source` or `newSource`"));
            } else if (citation.newSource() != null && !fields.naming().equals("id")) {
                errors.add(new FieldError(fields.path(at + "newSource"), "a file lists its sources in their own section"));
            }
            if (citation != null && citation.quote() != null && citation.quote().isBlank()) {
                errors.add(new FieldError(fields.path(at + "quote"), "must not be blank: leave it out when no passage is recorded"));
            }
        }
        return errors;
    }

    @Override
    public void write(DomainEntity subject, Object input, Fields fields, boolean created) {
        if (!(input instanceof CitedInput cited)) {
            return;
        }
        // by source id, in the order given: what each citation is to say
        Map<Long, Citation> wanted = new LinkedHashMap<>();
        List<SourceDocument> sources = fields.refs(SourceDocument.class, cited.sources(), "sources");
        for (int i = 0; i < sources.size(); i++) {
            cite(wanted, Citation.of(sources.get(i), subject), fields, "sources[" + i + "]");
        }
        List<SourceInput> newSources = cited.newSources() == null ? List.of() : cited.newSources();
        for (int i = 0; i < newSources.size(); i++) {
            String at = "newSources[" + i + "]";
            cite(wanted, Citation.of(create(newSources.get(i), fields, at + "."), subject), fields, at);
        }
        List<CitationInput> citations = cited.citations() == null ? List.of() : cited.citations();
        for (int i = 0; i < citations.size(); i++) {
            CitationInput given = citations.get(i);
            String at = "citations[" + i + "].";
            SourceDocument source = given.newSource() != null ? create(given.newSource(), fields, at + "newSource.")
                    : fields.ref(SourceDocument.class, given.source(), at + "source");
            Citation citation = Citation.of(source, subject);
            citation.quote = given.quote() == null ? null : given.quote().strip();
            citation.locator = given.locator() == null || given.locator().isBlank() ? null : given.locator().strip();
            citation.stance = given.stance() == null ? CitationStance.SUPPORTS : given.stance();
            citation.attributedToId = attribution.party(fields, given.attributedTo(), at + "attributedTo");
            cite(wanted, citation, fields, at + "source");
        }
        // only the difference is written: Hibernate flushes inserts before deletes, so re-adding a kept citation would
        // break the table's uniqueness
        List<Citation> existing = created ? List.of() : Citation.ofSubject(subject);
        for (Citation kept : existing) {
            Citation next = wanted.remove(kept.source.id);
            if (next == null) {
                kept.delete();
            } else {
                kept.quote = next.quote;
                kept.locator = next.locator;
                kept.stance = next.stance;
                kept.attributedToId = next.attributedToId;
            }
        }
        wanted.values().forEach(citation -> citation.persist());
    }

    private static void cite(Map<Long, Citation> wanted, Citation citation, Fields fields, String field) {
        if (wanted.putIfAbsent(citation.source.id, citation) != null) {
            throw fields.invalid(field, "cites a source the record already cites: cite each source once, with its passage");
        }
    }

    private static SourceDocument create(SourceInput input, Fields fields, String prefix) {
        SourceDocument source = new SourceDocument();
        input.writeTo(source, fields, prefix);
        source.persist();
        return source;
    }

    @Override
    public void deleteAll(DomainEntity subject) {
        Citation.ofSubject(subject).forEach(Citation::delete);
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
