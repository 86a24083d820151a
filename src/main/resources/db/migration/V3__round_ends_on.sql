-- The last day of a round's date period (the day itself, or the end of its week, month or year), so that
-- "positions in force on the round's date" is one SQL comparison.
alter table talks_round add column ends_on date;
update talks_round set ends_on = case date_precision
    when 'DAY' then held_on
    when 'WEEK' then held_on + 6
    when 'MONTH' then cast(held_on + interval '1' month - interval '1' day as date)
    else cast(held_on + interval '1' year - interval '1' day as date)
end;
alter table talks_round alter column ends_on set not null;
