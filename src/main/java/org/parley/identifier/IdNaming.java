package org.parley.identifier;

import java.util.List;

import org.parley.common.persistence.DomainEntity;
import org.parley.source.Naming;

/** How an input made from a stored record (an export) names the record's identifiers in other databases. */
public interface IdNaming extends Naming {

    /** The record's identifiers as inputs, their sources named as the rest; empty when it has none. */
    List<ExternalIdInput> externalIdsOf(DomainEntity record);
}
