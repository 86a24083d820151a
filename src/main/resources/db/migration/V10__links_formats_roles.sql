-- #16, second part: what a position answers, which provision it is about and what a precondition conditions; how a
-- round was held; in what role each delegation took part.

alter table party_position add column responds_to_id bigint references party_position (id);
alter table party_position add column provision_id bigint references provision (id);
alter table party_position add column conditions_agreement_id bigint references agreement (id);
alter table party_position add column conditions_stage varchar(20);
alter table party_position add column conditions_act varchar(300);
create index position_responds_to_idx on party_position (responds_to_id);
create index position_provision_idx on party_position (provision_id);
create index position_conditions_agreement_idx on party_position (conditions_agreement_id);

alter table talks_round add column meeting_format varchar(20);
alter table talks_round add column meeting_level varchar(20);
alter table talks_round add column meeting_mode varchar(20);

alter table delegation add column role varchar(20) default 'NEGOTIATOR' not null;
