-- The retention sweep's data (bench/http/run.sh retention): :records families held by north-council, one
-- person and one closed episode each. The first :due are
-- allegations concluded on 2010-06-30 about an adult born on 1950-05-05 (LA-ALLEGATION: due on
-- 2020-06-30, destroyed automatically, as north-council's setting says); the rest early help closed on
-- 2020-06-30 for a child born in 2015 (LA-EARLY-HELP: due on the child's 21st birthday, in 2036).
-- No date is written here: run.sh has Cradle compute them all (POST /retention/queue/recomputation) and
-- checks what it kept before it measures.
\set ON_ERROR_STOP on
set synchronous_commit = off;

insert into organisation (code, name, version, sector) values ('north-council', 'North Council', 0, 'LOCAL_AUTHORITY')
on conflict (code) do update set sector = 'LOCAL_AUTHORITY';
insert into retention_rule_setting (organisation, rule_id, version, formula, automatic_destruction, changed_by,
                                    changed_at, reason)
values ('north-council', 'LA-ALLEGATION', 1, null, true, 'bench', now(),
        'Benchmark: concluded allegations are destroyed automatically.');

create temporary table n as
select f, f <= :due as allegation,
       md5('family-' || f)::uuid as family, md5('person-' || f)::uuid as person,
       md5('episode-' || f)::uuid as episode,
       case when f <= :due then date '1950-05-05' else date '2015-01-01' + (f % 365)::int end as born
  from generate_series(1, :records) f;

insert into family (id, name, record_keeping_mode, created_at, version)
select family, 'Household ' || f, 'LINKED', now(), 0 from n;
insert into person (id, given_name, family_name, date_of_birth, registered_at, version)
select person, 'Given' || f, 'Family' || f, born, now(), 0 from n;
insert into family_member (family_id, person_id, role, lives_with_child, parental_responsibility, joined_at)
select family, person, case when allegation then 'MOTHER' else 'CHILD' end, true, allegation, now() from n;
-- The organisation's count of families is kept by a trigger row by row; a load sets it once instead
-- (a million updates of one row in one transaction would each walk the row's growing chain of versions).
alter table family_visibility disable trigger family_visibility_counted;
insert into family_involvement (id, family_id, organisation, ground, categories, since)
select md5('involvement-' || f)::uuid, family, 'north-council', 'CUSTODIAN',
       array['BASIC_DETAILS', 'DEVELOPMENT_AND_HEALTH']::varchar(40)[], now() from n;
alter table family_visibility enable trigger family_visibility_counted;
insert into family_visibility_count (organisation, families)
select 'north-council', count(*) from family_visibility where organisation = 'north-council'
on conflict (organisation) do update set families = excluded.families;
insert into episode (id, family_id, service_type, organisation, lead_practitioner, opened_on, closed_on, created_at,
                     version)
select episode, family, case when allegation then 'ALLEGATION' else 'EARLY_HELP' end, 'north-council',
       'p-' || (f % 2000), case when allegation then date '2009-01-10' else date '2019-01-10' end,
       case when allegation then date '2010-06-30' else date '2020-06-30' end, now(), 0 from n;
insert into episode_period (episode_id, position, opened_on, closed_on)
select episode, 0, case when allegation then date '2009-01-10' else date '2019-01-10' end,
       case when allegation then date '2010-06-30' else date '2020-06-30' end from n;
drop table n;
analyze;
