package org.parley.party;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.editing.Fields;
import org.parley.source.Attribution;

/** Resolves the party a citation attributes its passage to, for the source package, which cannot name parties. */
@ApplicationScoped
public class PartyAttribution implements Attribution {

    @Override
    public Long party(Fields fields, String reference, String field) {
        Party party = fields.ref(Party.class, reference, field);
        return party == null ? null : party.id;
    }
}
