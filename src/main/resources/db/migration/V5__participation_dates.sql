-- When a party took up and left its part in a conflict (both optional), so that a conflict's parties can be read
-- as of a date.
alter table participant add column joined_on date;
alter table participant add column joined_on_precision varchar(8);
alter table participant add column left_on date;
alter table participant add column left_on_precision varchar(8);
