-- Full-text indexes for search, PostgreSQL only: each indexes exactly the expression org.parley.search.Search
-- matches on (its SearchType columns, joined with spaces), or PostgreSQL would not use it.
create index statement_search on statement using gin (to_tsvector('english', coalesce(text, '') || ' ' || coalesce(speaker, '') || ' ' || coalesce(context, '')));
create index party_position_search on party_position using gin (to_tsvector('english', coalesce(text, '')));
create index conflict_event_search on conflict_event using gin (to_tsvector('english', coalesce(description, '') || ' ' || coalesce(place, '')));
create index talks_round_search on talks_round using gin (to_tsvector('english', coalesce(city, '') || ' ' || coalesce(venue, '') || ' ' || coalesce(summary, '')));
create index source_document_search on source_document using gin (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(publisher, '') || ' ' || coalesce(author, '') || ' ' || coalesce(url, '')));
