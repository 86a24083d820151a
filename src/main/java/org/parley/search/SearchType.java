package org.parley.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.persistence.DomainEntity;
import org.parley.event.Event;
import org.parley.position.Position;
import org.parley.source.SourceDocument;
import org.parley.statement.Statement;
import org.parley.talks.Round;

@Enum("SearchType")
@Description("Kinds of records `search` looks through, and the fields it reads in each.")
public enum SearchType {
    @Description("Statements: text, speaker, context.")
    STATEMENT(Statement.class, "statement", "text", "speaker", "context"),
    @Description("Positions: text.")
    POSITION(Position.class, "party_position", "text"),
    @Description("Events: description, place.")
    EVENT(Event.class, "conflict_event", "description", "place"),
    @Description("Rounds: city, venue, summary.")
    ROUND(Round.class, "talks_round", "city", "venue", "summary"),
    @Description("Sources: title, publisher, author, address; and the sources of every matching fact above.")
    SOURCE(SourceDocument.class, "source_document", "title", "publisher", "author", "url");

    final Class<? extends DomainEntity> entity;
    final String table;
    final String[] columns;

    SearchType(Class<? extends DomainEntity> entity, String table, String... columns) {
        this.entity = entity;
        this.table = table;
        this.columns = columns;
    }
}
