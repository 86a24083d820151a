package org.parley.common.aggregate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Dimension")
@Description("What a list's items are grouped by in `aggregate { groupBy(by:) }`. Each list takes the dimensions its "
        + "`groupBy` names; another is refused (VALIDATION).")
public enum Dimension {
    @Description("The party the item is of (states it, is bound by it, hosts it...): the record in `node`.")
    PARTY,
    @Description("The person the item is of (who stated it, who holds the office): the record in `node`.")
    PERSON,
    @Description("The conflict the item belongs to: the record in `node`.")
    CONFLICT,
    @Description("The talks the item belongs to: the record in `node`.")
    TALKS,
    @Description("The round the item belongs to: the record in `node`.")
    ROUND,
    @Description("The agreement the item belongs to: the record in `node`.")
    AGREEMENT,
    @Description("The item's kind (an enum value's name).")
    KIND,
    @Description("The item's topic (an enum value's name).")
    TOPIC,
    @Description("The item's status (an enum value's name).")
    STATUS,
    @Description("The step an agreement took (an enum value's name).")
    STAGE,
    @Description("The capacity a party had in an agreement (an enum value's name).")
    CAPACITY,
    @Description("A delegation's role (an enum value's name).")
    ROLE,
    @Description("A source's publisher, as written.")
    PUBLISHER,
    @Description("The year of the item's date (`2025`).")
    YEAR,
    @Description("The month of the item's date (`2025-06`); null for a date known only to a year.")
    MONTH
}
