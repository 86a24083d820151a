-- #31: a record's identifiers in other databases (Wikidata, PA-X, UCDP), each cited like any fact. The subject is
-- named by its GraphQL type name and key, as a citation's is. An identifier names one thing, so it is held once.
create table external_id (
    id bigint primary key,
    subject_type varchar(40) not null,
    subject_id bigint not null,
    scheme varchar(20) not null,
    identifier varchar(40) not null,
    url varchar(200) not null,
    version integer default 0 not null,
    created_at timestamp(6) with time zone,
    created_by varchar(255),
    updated_at timestamp(6) with time zone,
    updated_by varchar(255),
    unique (scheme, identifier),
    unique (subject_type, subject_id, scheme)
);
