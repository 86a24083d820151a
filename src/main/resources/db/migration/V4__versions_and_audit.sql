-- Optimistic locking and audit on every row. Rows loaded before this migration keep null audit fields.

alter table source_document add column version integer default 0 not null;
alter table source_document add column created_at timestamp(6) with time zone;
alter table source_document add column created_by varchar(255);
alter table source_document add column updated_at timestamp(6) with time zone;
alter table source_document add column updated_by varchar(255);

alter table citation add column version integer default 0 not null;
alter table citation add column created_at timestamp(6) with time zone;
alter table citation add column created_by varchar(255);
alter table citation add column updated_at timestamp(6) with time zone;
alter table citation add column updated_by varchar(255);

alter table party add column version integer default 0 not null;
alter table party add column created_at timestamp(6) with time zone;
alter table party add column created_by varchar(255);
alter table party add column updated_at timestamp(6) with time zone;
alter table party add column updated_by varchar(255);

alter table conflict add column version integer default 0 not null;
alter table conflict add column created_at timestamp(6) with time zone;
alter table conflict add column created_by varchar(255);
alter table conflict add column updated_at timestamp(6) with time zone;
alter table conflict add column updated_by varchar(255);

alter table participant add column version integer default 0 not null;
alter table participant add column created_at timestamp(6) with time zone;
alter table participant add column created_by varchar(255);
alter table participant add column updated_at timestamp(6) with time zone;
alter table participant add column updated_by varchar(255);

alter table person add column version integer default 0 not null;
alter table person add column created_at timestamp(6) with time zone;
alter table person add column created_by varchar(255);
alter table person add column updated_at timestamp(6) with time zone;
alter table person add column updated_by varchar(255);

alter table office add column version integer default 0 not null;
alter table office add column created_at timestamp(6) with time zone;
alter table office add column created_by varchar(255);
alter table office add column updated_at timestamp(6) with time zone;
alter table office add column updated_by varchar(255);

alter table territory add column version integer default 0 not null;
alter table territory add column created_at timestamp(6) with time zone;
alter table territory add column created_by varchar(255);
alter table territory add column updated_at timestamp(6) with time zone;
alter table territory add column updated_by varchar(255);

alter table talks add column version integer default 0 not null;
alter table talks add column created_at timestamp(6) with time zone;
alter table talks add column created_by varchar(255);
alter table talks add column updated_at timestamp(6) with time zone;
alter table talks add column updated_by varchar(255);

alter table talks_round add column version integer default 0 not null;
alter table talks_round add column created_at timestamp(6) with time zone;
alter table talks_round add column created_by varchar(255);
alter table talks_round add column updated_at timestamp(6) with time zone;
alter table talks_round add column updated_by varchar(255);

alter table delegation add column version integer default 0 not null;
alter table delegation add column created_at timestamp(6) with time zone;
alter table delegation add column created_by varchar(255);
alter table delegation add column updated_at timestamp(6) with time zone;
alter table delegation add column updated_by varchar(255);

alter table party_position add column version integer default 0 not null;
alter table party_position add column created_at timestamp(6) with time zone;
alter table party_position add column created_by varchar(255);
alter table party_position add column updated_at timestamp(6) with time zone;
alter table party_position add column updated_by varchar(255);

alter table outcome add column version integer default 0 not null;
alter table outcome add column created_at timestamp(6) with time zone;
alter table outcome add column created_by varchar(255);
alter table outcome add column updated_at timestamp(6) with time zone;
alter table outcome add column updated_by varchar(255);

alter table statement add column version integer default 0 not null;
alter table statement add column created_at timestamp(6) with time zone;
alter table statement add column created_by varchar(255);
alter table statement add column updated_at timestamp(6) with time zone;
alter table statement add column updated_by varchar(255);

alter table conflict_event add column version integer default 0 not null;
alter table conflict_event add column created_at timestamp(6) with time zone;
alter table conflict_event add column created_by varchar(255);
alter table conflict_event add column updated_at timestamp(6) with time zone;
alter table conflict_event add column updated_by varchar(255);
