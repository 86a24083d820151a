-- Agreements (#16): what negotiations produce, the stages each went through, who stands behind it in what capacity,
-- its provisions with the parties they oblige, and a ledger of whether each provision was carried out.

create table agreement (
    id bigint primary key,
    conflict_id bigint not null references conflict (id),
    name varchar(300) not null,
    kind varchar(40) not null,
    summary varchar(4000),
    version integer default 0 not null,
    created_at timestamp(6) with time zone,
    created_by varchar(255),
    updated_at timestamp(6) with time zone,
    updated_by varchar(255)
);
create index agreement_conflict_idx on agreement (conflict_id);

create table agreement_round (
    agreement_id bigint not null references agreement (id),
    round_id bigint not null references talks_round (id),
    primary key (agreement_id, round_id)
);
create index agreement_round_round_idx on agreement_round (round_id);

create table agreement_stage (
    id bigint primary key,
    agreement_id bigint not null references agreement (id),
    stage varchar(20) not null,
    reached_on date not null,
    reached_on_precision varchar(8) not null,
    party_id bigint references party (id),
    place varchar(200),
    description varchar(4000),
    version integer default 0 not null,
    created_at timestamp(6) with time zone,
    created_by varchar(255),
    updated_at timestamp(6) with time zone,
    updated_by varchar(255)
);
create index agreement_stage_agreement_idx on agreement_stage (agreement_id, reached_on);
create index agreement_stage_party_idx on agreement_stage (party_id);

create table agreement_party (
    id bigint primary key,
    agreement_id bigint not null references agreement (id),
    party_id bigint not null references party (id),
    capacity varchar(20) not null,
    version integer default 0 not null,
    created_at timestamp(6) with time zone,
    created_by varchar(255),
    updated_at timestamp(6) with time zone,
    updated_by varchar(255),
    unique (agreement_id, party_id, capacity)
);
create index agreement_party_party_idx on agreement_party (party_id);

create table provision (
    id bigint primary key,
    agreement_id bigint not null references agreement (id),
    number varchar(20) not null,
    topic varchar(40) not null,
    text varchar(4000) not null,
    due_on date,
    due_end date,
    deadline_precision varchar(8),
    version integer default 0 not null,
    created_at timestamp(6) with time zone,
    created_by varchar(255),
    updated_at timestamp(6) with time zone,
    updated_by varchar(255),
    unique (agreement_id, number)
);

create table provision_party (
    provision_id bigint not null references provision (id),
    party_id bigint not null references party (id),
    primary key (provision_id, party_id)
);
create index provision_party_party_idx on provision_party (party_id);

create table implementation_record (
    id bigint primary key,
    provision_id bigint not null references provision (id),
    status varchar(20) not null,
    reported_on date not null,
    reported_on_precision varchar(8) not null,
    alleged_by_id bigint references party (id),
    description varchar(4000) not null,
    version integer default 0 not null,
    created_at timestamp(6) with time zone,
    created_by varchar(255),
    updated_at timestamp(6) with time zone,
    updated_by varchar(255)
);
create index implementation_record_provision_idx on implementation_record (provision_id, reported_on);
create index implementation_record_alleged_by_idx on implementation_record (alleged_by_id);
