-- One number that every committed write advances (org.parley.common.DataVersion): the ETag of an anonymous GET
-- read is built on it, and every instance on this database reads the same one.
create table data_version (
    id int primary key,
    version bigint not null
);
insert into data_version (id, version) values (1, 0);
