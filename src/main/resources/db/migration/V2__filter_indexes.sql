-- Indexes for the filters and orderings of the root lists that V1's foreign-key indexes do not cover.
create index round_status_idx on talks_round (status);
create index position_topic_idx on party_position (topic);
create index position_kind_idx on party_position (kind);
create index event_occurred_on_idx on conflict_event (occurred_on);
create index event_kind_idx on conflict_event (kind);
create index source_published_on_idx on source_document (published_on);
create index conflict_started_on_idx on conflict (started_on);
