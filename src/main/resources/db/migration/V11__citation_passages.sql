-- #17: a citation's passage (verbatim, where in the source) and its stance; the party whose words it reports.
alter table citation add column quote varchar(600);
alter table citation add column locator varchar(200);
alter table citation add column stance varchar(20) default 'SUPPORTS' not null;
alter table citation add column attributed_to_id bigint references party (id);
create index citation_attributed_to_idx on citation (attributed_to_id);
-- the `disputed` filters ask which records of a type have a disputing citation
create index citation_stance_idx on citation (subject_type, stance, subject_id);

-- An event's claimant becomes what its citations say: each source cited for a claimed event reports that claim.
update citation set stance = 'REPORTS_CLAIM',
    attributed_to_id = (select e.claimed_by_id from conflict_event e where e.id = citation.subject_id)
    where subject_type = 'Event'
    and subject_id in (select e.id from conflict_event e where e.claimed_by_id is not null);
-- (dropping the column drops its index and foreign key too, on both databases)
alter table conflict_event drop column claimed_by_id;
