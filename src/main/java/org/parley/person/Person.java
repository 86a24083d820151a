package org.parley.person;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.graphql.Node;
import org.parley.common.persistence.DomainEntity;
import org.parley.party.Party;
import org.parley.source.Cited;

import io.quarkus.panache.common.Parameters;

@Entity
@Description("A leader, negotiator, spokesperson or other individual named by the sources.")
public class Person extends DomainEntity implements Node, Cited {

    @NotBlank
    @NonNull
    @Description("Full name as usually written in English, e.g. `Rustem Umerov`.")
    public String name;

    @Description("Who the person is, as the sources describe them; null when none.")
    public String description;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Party party;

    public static List<Person> byIds(Collection<Long> ids) {
        return list("id in :ids", Parameters.with("ids", ids));
    }
}
