package org.parley.party;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.persistence.DomainEntity;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("A state, armed group or organisation that takes part in a conflict or in talks, as belligerent, mediator or host.")
public class Party extends DomainEntity implements Node, Cited {

    @NotBlank
    @NonNull
    @Description("Common English name, e.g. `Ukraine`.")
    public String name;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of actor this is.")
    public PartyKind kind;

    @Description("Short description of the party as the sources present it; null when none.")
    public String description;

    public static List<Party> byIds(Collection<Long> ids) {
        return list("id in :ids", Parameters.with("ids", ids));
    }
}
