package org.parley.source;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.parley.common.persistence.DomainEntity;
import org.parley.common.persistence.SubjectRow;

/**
 * The citations of the cited records one request has resolved, each record's read once: a level's `sources`,
 * `citations`, `disputed`, `claimedBy` and `disputedBy` are five batches of the same records, and the first of them
 * reads for all five (one statement per type). Kept by record instance, for the request only: a later mutation's
 * answer is another instance, read afresh.
 */
@RequestScoped
public class CitationsRead {

    private final Map<Cited, List<Citation>> read = new IdentityHashMap<>();

    /** The citations of each record, in the order they were recorded. */
    public synchronized List<List<Citation>> of(List<Cited> records) {
        Set<Cited> named = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Cited> unread = records.stream().filter(r -> !read.containsKey(r) && named.add(r)).toList();
        if (!unread.isEmpty()) {
            // every record type that implements Cited is a stored row
            List<List<Citation>> found = SubjectRow.of(unread.stream().map(DomainEntity.class::cast).toList(), Citation::ofSubjects);
            for (int i = 0; i < unread.size(); i++) {
                read.put(unread.get(i), found.get(i));
            }
        }
        return records.stream().map(read::get).toList();
    }
}
