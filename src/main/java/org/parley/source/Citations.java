package org.parley.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.DomainEntity;
import org.parley.common.FieldError;
import org.parley.editing.Citing;
import org.parley.editing.Fields;

/** Which sources back a written record: the citations every write of a fact records (see {@link Citing}). */
@ApplicationScoped
public class Citations implements Citing {

    @Override
    public List<FieldError> check(Object input, Fields fields) {
        if (input instanceof CitedInput cited && isEmpty(cited.sources()) && isEmpty(cited.newSources())) {
            return List.of(new FieldError(fields.path("sources"), fields.naming().equals("id")
                    ? "cite at least one source: an existing one by id here, or a new one in `newSources`"
                    : "cite at least one source, by its " + fields.naming()));
        }
        return List.of();
    }

    @Override
    public void write(DomainEntity subject, Object input, Fields fields, boolean created) {
        if (!(input instanceof CitedInput cited)) {
            return;
        }
        List<SourceDocument> sources = new ArrayList<>(fields.refs(SourceDocument.class, cited.sources(), "sources"));
        List<SourceInput> newSources = cited.newSources() == null ? List.of() : cited.newSources();
        for (int i = 0; i < newSources.size(); i++) {
            SourceDocument source = new SourceDocument();
            newSources.get(i).writeTo(source, fields, "newSources[" + i + "].");
            source.persist();
            sources.add(source);
        }
        // only the difference is written: Hibernate flushes inserts before deletes, so re-adding a kept citation would
        // break the table's uniqueness
        Set<Long> wanted = new HashSet<>();
        sources.forEach(source -> wanted.add(source.id));
        List<Citation> existing = created ? List.of() : Citation.ofSubject(subject);
        existing.stream().filter(c -> !wanted.contains(c.source.id)).forEach(Citation::delete);
        existing.forEach(c -> wanted.remove(c.source.id));
        sources.stream().filter(source -> wanted.remove(source.id)).forEach(source -> Citation.of(source, subject).persist());
    }

    @Override
    public void deleteAll(DomainEntity subject) {
        Citation.ofSubject(subject).forEach(Citation::delete);
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
