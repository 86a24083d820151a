package org.parley.talks;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.persistence.DomainEntity;
import org.parley.conflict.Conflict;
import org.parley.party.Party;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("A negotiation process between parties of a conflict, held over one or more rounds.")
public class Talks extends DomainEntity implements Node, Cited {

    @NotBlank
    @NonNull
    @Description("Name of the process, e.g. `Istanbul talks`.")
    public String name;

    @NotNull
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Conflict conflict;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party host;

    @Description("City where the talks are usually held; null when they move.")
    public String city;

    @Description("What the process is, as the sources describe it.")
    public String description;

    public static List<Talks> byIds(Collection<Long> ids) {
        return list("id in :ids", Parameters.with("ids", ids));
    }
}
