package org.parley.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.persistence.DomainEntity;
import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;

/**
 * The `search` root in the read planner's model: its hits are ranked and paged in Java ({@link Search}; no SQL ranks
 * them alike on both databases), and the planner reads the page's records, each of the table its hit's type names.
 */
@ApplicationScoped
public class SearchReads implements Reads {

    @Override
    public List<RootRead> roots() {
        Map<String, Class<? extends DomainEntity>> kinds = new LinkedHashMap<>();
        Arrays.stream(SearchType.values()).forEach(type -> kinds.put(type.name(), type.entity));
        return List.of(RootRead.ranked("search", "node", Set.of("type", "rank", "excerpt"), kinds, new RootRead.RankedItems() {
            @Override
            public String kind(Object item) {
                return ((SearchHit) item).type.name();
            }

            @Override
            public long key(Object item) {
                return ((SearchHit) item).key;
            }

            @Override
            public Object field(Object item, String name) {
                SearchHit hit = (SearchHit) item;
                return switch (name) {
                    case "type" -> hit.type;
                    case "rank" -> hit.rank;
                    case "excerpt" -> hit.excerpt;
                    default -> throw new IllegalArgumentException("SearchHit has no field " + name);
                };
            }
        }));
    }
}
