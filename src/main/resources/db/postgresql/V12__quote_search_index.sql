-- Search reaches quotes (#17): the expression org.parley.search.Search matches citations on, as in V6.
create index citation_quote_search on citation using gin (to_tsvector('english', coalesce(quote, '')));
