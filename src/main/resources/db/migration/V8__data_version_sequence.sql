-- The data version (org.parley.common.DataVersion) becomes a sequence: a counter row that each write updated in its
-- own transaction held a lock until that write committed, so concurrent writes committed one after another.
drop table data_version;
create sequence data_version_seq start with 1;
