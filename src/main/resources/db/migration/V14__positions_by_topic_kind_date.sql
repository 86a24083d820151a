-- Positions of one topic and kind in date order: the root list's filter the page and the bench ask most (issue 28).
-- On the bench's 100,000 positions PostgreSQL otherwise walks the stated_on index filtering 5,800 rows for a page of 21
-- and counts through the (party, topic, kind) index whole (4.7 ms); with this one both are one range (1.6 ms).
create index position_topic_kind_stated_idx on party_position (topic, kind, stated_on, id);
