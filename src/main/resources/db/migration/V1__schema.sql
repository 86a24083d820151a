-- Parley schema, version 1. Portable SQL: the same file runs on H2 and PostgreSQL.
-- One sequence keys every table (allocation 50, as the entities declare).
create sequence parley_id_seq start with 1 increment by 50;

create table source_document (
    id bigint primary key,
    title varchar(500),
    publisher varchar(200),
    author varchar(200),
    url varchar(2000) not null unique,
    published_on date,
    published_on_precision varchar(8)
);

create table citation (
    id bigint primary key,
    source_id bigint not null references source_document (id),
    subject_type varchar(40) not null,
    subject_id bigint not null,
    unique (subject_type, subject_id, source_id)
);
create index citation_source_idx on citation (source_id);

create table party (
    id bigint primary key,
    name varchar(200) not null unique,
    kind varchar(40) not null,
    description varchar(4000)
);

create table conflict (
    id bigint primary key,
    name varchar(300) not null unique,
    started_on date,
    started_on_precision varchar(8),
    description varchar(4000)
);

create table participant (
    id bigint primary key,
    conflict_id bigint not null references conflict (id),
    party_id bigint not null references party (id),
    role varchar(40) not null,
    description varchar(4000),
    unique (conflict_id, party_id, role)
);
create index participant_party_idx on participant (party_id);

create table person (
    id bigint primary key,
    name varchar(200) not null,
    description varchar(4000),
    party_id bigint references party (id)
);
create index person_party_idx on person (party_id);
create index person_name_idx on person (name);

create table office (
    id bigint primary key,
    person_id bigint not null references person (id),
    party_id bigint references party (id),
    title varchar(300) not null,
    started_on date,
    started_on_precision varchar(8),
    ended_on date,
    ended_on_precision varchar(8),
    current boolean not null
);
create index office_person_idx on office (person_id);
create index office_party_idx on office (party_id);

create table territory (
    id bigint primary key,
    conflict_id bigint not null references conflict (id),
    name varchar(300) not null,
    description varchar(4000),
    annexed_by_id bigint references party (id),
    annexed_on date,
    annexed_on_precision varchar(8)
);
create index territory_conflict_idx on territory (conflict_id);
create index territory_annexed_by_idx on territory (annexed_by_id);

create table talks (
    id bigint primary key,
    name varchar(300) not null,
    conflict_id bigint not null references conflict (id),
    host_id bigint references party (id),
    city varchar(200),
    description varchar(4000)
);
create index talks_conflict_idx on talks (conflict_id);
create index talks_host_idx on talks (host_id);

create table talks_round (
    id bigint primary key,
    talks_id bigint not null references talks (id),
    number integer not null,
    held_on date not null,
    date_precision varchar(8) not null,
    city varchar(200),
    venue varchar(300),
    host_id bigint references party (id),
    status varchar(20) not null,
    summary varchar(4000),
    unique (talks_id, number)
);
create index round_held_on_idx on talks_round (held_on);
create index round_host_idx on talks_round (host_id);

create table delegation (
    id bigint primary key,
    round_id bigint not null references talks_round (id),
    party_id bigint not null references party (id),
    head_id bigint references person (id),
    description varchar(4000),
    unique (round_id, party_id)
);
create index delegation_party_idx on delegation (party_id);
create index delegation_head_idx on delegation (head_id);

create table delegation_member (
    delegation_id bigint not null references delegation (id),
    person_id bigint not null references person (id),
    ordinal integer not null,
    primary key (delegation_id, ordinal)
);
create index delegation_member_person_idx on delegation_member (person_id);

create table party_position (
    id bigint primary key,
    party_id bigint not null references party (id),
    topic varchar(40) not null,
    kind varchar(20) not null,
    text varchar(4000) not null,
    stated_on date not null,
    stated_on_precision varchar(8) not null,
    stated_by_id bigint references person (id),
    round_id bigint references talks_round (id),
    superseded_by_id bigint references party_position (id)
);
create index position_party_topic_idx on party_position (party_id, topic, kind);
create index position_stated_on_idx on party_position (stated_on);
create index position_stated_by_idx on party_position (stated_by_id);
create index position_round_idx on party_position (round_id);
create index position_superseded_by_idx on party_position (superseded_by_id);

create table position_territory (
    position_id bigint not null references party_position (id),
    territory_id bigint not null references territory (id),
    primary key (position_id, territory_id)
);
create index position_territory_territory_idx on position_territory (territory_id);

create table outcome (
    id bigint primary key,
    round_id bigint not null references talks_round (id),
    kind varchar(40) not null,
    description varchar(4000) not null
);
create index outcome_round_idx on outcome (round_id);

create table statement (
    id bigint primary key,
    person_id bigint references person (id),
    party_id bigint references party (id),
    speaker varchar(300),
    text varchar(4000) not null,
    direct boolean not null,
    stated_on date,
    stated_on_precision varchar(8),
    round_id bigint references talks_round (id),
    context varchar(4000)
);
create index statement_person_idx on statement (person_id);
create index statement_party_idx on statement (party_id);
create index statement_round_idx on statement (round_id);

create table conflict_event (
    id bigint primary key,
    conflict_id bigint not null references conflict (id),
    kind varchar(40) not null,
    occurred_on date not null,
    date_precision varchar(8) not null,
    place varchar(300),
    description varchar(4000) not null,
    claimed_by_id bigint references party (id)
);
create index event_conflict_idx on conflict_event (conflict_id, occurred_on);
create index event_claimed_by_idx on conflict_event (claimed_by_id);

create table event_figure (
    event_id bigint not null references conflict_event (id),
    ordinal integer not null,
    quantity numeric(19, 2) not null,
    unit varchar(100) not null,
    qualifier varchar(100),
    primary key (event_id, ordinal)
);
