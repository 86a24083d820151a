-- The day a position's successor was stated, kept beside superseded_by_id (issue 28): "standing on a day" then reads
-- the position's own row. On the bench's 100,000 positions the canonical query's red lines otherwise looked up the
-- successor of every superseded candidate (42,000 primary-key probes, 168,000 of its 249,000 buffer reads).
alter table party_position add column superseded_on date;
update party_position set superseded_on = (select s.stated_on from party_position s where s.id = party_position.superseded_by_id)
where superseded_by_id is not null;
