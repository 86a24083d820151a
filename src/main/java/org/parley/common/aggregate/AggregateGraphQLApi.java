package org.parley.common.aggregate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.Settings;
import org.parley.common.error.InvalidInputException;
import org.parley.common.graphql.Node;
import org.parley.common.persistence.Batch;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.PartialDate;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The fields of {@link Aggregate} and {@link GroupKey}: counts computed by the database. */
@GraphQLApi
@RegisterForReflection(fields = false) // resolvers are looked up by reflection: docs/deployment.md, native build
@ApplicationScoped
public class AggregateGraphQLApi {

    @Inject
    Settings settings;

    @Description("How many items match the list's filters (its `totalCount`).")
    public int count(@Source Aggregate aggregate) {
        return (int) aggregate.count();
    }

    @Description("The items that match the list's filters, counted in groups: one group for each combination of the "
            + "dimensions' values that occurs, in the order of those values (for records, of their ids; nulls last). "
            + "Empty `by`: one group of all items.")
    public @NonNull List<@NonNull Group> groupBy(@Source Aggregate aggregate,
            @NonNull @Description("The dimensions, in the order the groups are sorted by; each list takes those its description names.") List<@NonNull Dimension> by,
            @Description("For a dimension that changes over time (a provision's STATUS, the status of its last ledger line dated "
                    + "by then): as the record stood at the end of this date; absent: today.") PartialDate asOf,
            @Description("At most this many groups (0 to the maximum page size, `parley.paging.max-size`, 100 by default; 20 when absent).") Integer first) {
        int max = settings.paging().maxSize();
        if (first != null && (first < 0 || first > max)) {
            throw new InvalidInputException("`first` must be between 0 and " + max + ", got " + first + ".");
        }
        LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf.end();
        return aggregate.groupBy(by, day, first == null ? settings.paging().defaultSize() : first);
    }

    @Description("The record the value names, for dimensions of records (PARTY, PERSON, CONFLICT, TALKS, ROUND, AGREEMENT); null otherwise.")
    public List<Node> node(@Source List<GroupKey> keys) {
        Map<Class<? extends DomainEntity>, Set<Long>> wanted = new HashMap<>();
        for (GroupKey key : keys) {
            if (key.key != null) {
                wanted.computeIfAbsent(key.record, r -> new LinkedHashSet<>()).add(key.key);
            }
        }
        Map<Class<?>, Map<Long, DomainEntity>> found = new HashMap<>();
        for (Map.Entry<Class<? extends DomainEntity>, Set<Long>> type : wanted.entrySet()) {
            String entity = Panache.getEntityManager().getMetamodel().entity(type.getKey()).getName();
            Map<Long, DomainEntity> byId = new HashMap<>();
            for (Object record : Panache.getEntityManager().createQuery("from " + entity + " where id in :ids")
                    .setParameter("ids", type.getValue()).getResultList()) {
                DomainEntity entityRecord = (DomainEntity) record;
                byId.put(entityRecord.id, Batch.unproxy(entityRecord));
            }
            found.put(type.getKey(), byId);
        }
        List<Node> nodes = new ArrayList<>(keys.size());
        for (GroupKey key : keys) {
            nodes.add(key.key == null ? null : (Node) found.get(key.record).get(key.key));
        }
        return nodes;
    }
}
