package org.parley.talks;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.Batch;
import org.parley.common.GlobalId;
import org.parley.common.Nodes;
import org.parley.common.Where;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.conflict.Conflict;
import org.parley.party.Party;
import org.parley.source.SourceDocument;
import org.parley.source.Sources;

@GraphQLApi
public class TalksGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Query("talks")
    @Description("Negotiation processes, in the order they were recorded, filtered by the arguments given.")
    public @NonNull TalksConnection talks(
            @Id @Description("Only the talks of this conflict (a Conflict id).") String conflict,
            @Description("Only talks whose name contains this text (case-insensitive).") String nameContains,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("conflict.id = ?", conflict == null ? null : GlobalId.keyOf(conflict, Conflict.class))
                .contains("name", nameContains);
        return pager.page(Talks.find(where.query("id"), where.params()),
                new PageRequest(first, after, last, before), TalksConnection::new);
    }

    @Query("talksById")
    @Description("One negotiation process by id. Null, with an error of code NOT_FOUND, when there is none.")
    public Talks talksById(@NonNull @Id @Description("A Talks id.") String id) {
        return nodes.get(Talks.class, id);
    }

    @Description("The conflict these talks try to end.")
    public List<@NonNull Conflict> conflict(@Source List<Talks> talks) {
        return Batch.toOne(talks, t -> t.conflict, Conflict::byIds);
    }

    @Description("The party hosting the talks (e.g. Turkey); null when none is recorded.")
    public List<Party> host(@Source List<Talks> talks) {
        return Batch.toOne(talks, t -> t.host, Party::byIds);
    }

    @Name("talks")
    @Description("Negotiation processes within this conflict.")
    public List<@NonNull List<@NonNull Talks>> conflictTalks(@Source List<Conflict> conflicts) {
        return Batch.toMany(conflicts, Talks.ofConflicts(Batch.ids(conflicts)), t -> t.conflict.id);
    }

    @Description("Rounds of these talks, in date order.")
    public List<@NonNull List<@NonNull Round>> rounds(@Source List<Talks> talks) {
        return Batch.toMany(talks, Round.ofTalks(Batch.ids(talks)), r -> r.talks.id);
    }

    @Description("Sources that back this record.")
    public List<@NonNull List<@NonNull SourceDocument>> sources(@Source List<Talks> talks) {
        return Sources.of(talks);
    }
}
