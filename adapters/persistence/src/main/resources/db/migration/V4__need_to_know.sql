-- Need to know: which organisations work with a family, and on what ground; the team around the
-- family on each episode; and what the audit trail must say to answer "who saw my record".

-- An organisation works with a family only when it created the family's record (CUSTODIAN) or accepted
-- a referral (REFERRAL) from one that works with it. A referral row carries what it lets the receiving
-- organisation see of the referring organisation's records: the people (null: the whole family) and
-- the information categories. The access policy reads these rows; nothing else opens a family.
create table family_involvement (
    id           uuid         primary key,
    family_id    uuid         not null references family (id) on delete cascade,
    organisation varchar(64)  not null,
    ground       varchar(16)  not null
        constraint family_involvement_ground check (ground in ('CUSTODIAN', 'REFERRAL')),
    referred_by  varchar(64),
    referral_id  uuid,
    people       uuid[],
    categories   varchar(40)[] not null,
    since        timestamptz  not null,
    constraint family_involvement_referral_shape check (
        (ground = 'CUSTODIAN' and referred_by is null and referral_id is null and people is null)
        or (ground = 'REFERRAL' and referred_by is not null and referral_id is not null))
);
create unique index family_involvement_one_custodian on family_involvement (family_id) where ground = 'CUSTODIAN';
create unique index family_involvement_one_per_referral on family_involvement (referral_id) where referral_id is not null;
-- the relationship of one organisation with one family, and an organisation's families for searches
create index family_involvement_organisation on family_involvement (organisation, family_id);
create index family_involvement_family on family_involvement (family_id, organisation);

-- Families created before this migration: their custodian is the organisation that created them, as
-- the audit trail recorded it.
insert into family_involvement (id, family_id, organisation, ground, categories, since)
select gen_random_uuid(), e.family_id, e.actor_organisation, 'CUSTODIAN',
       array['BASIC_DETAILS', 'DEVELOPMENT_AND_HEALTH', 'MENTAL_HEALTH', 'SUBSTANCE_USE', 'DOMESTIC_ABUSE',
             'OFFENDING_HISTORY', 'SEXUAL_HEALTH'],
       e.occurred_at
  from audit_event e
  join family f on f.id = e.family_id
 where e.action = 'FAMILY_CREATED';

-- The named team around the family on an episode: practitioners who joined on a day and may have left.
create table episode_team_member (
    episode_id   uuid         not null references episode (id) on delete cascade,
    practitioner varchar(255) not null,
    joined_on    date         not null,
    left_on      date,
    added_by     varchar(255) not null,
    added_at     timestamptz  not null,
    primary key (episode_id, practitioner, joined_on),
    constraint episode_team_member_left_not_before_joined check (left_on is null or left_on >= joined_on)
);
create index episode_team_member_practitioner on episode_team_member (practitioner, episode_id);
create index episode_lead on episode (family_id, organisation, lead_practitioner);

-- The audit trail names the kind of actor, whose information an access was and of which category, and
-- on which ground it was allowed. A refused operation may name no record.
alter table audit_event add column actor_kind varchar(24) not null default 'PRACTITIONER';
alter table audit_event alter column actor_kind drop default;
alter table audit_event add column person_id uuid;
alter table audit_event add column category varchar(40);
alter table audit_event add column ground varchar(24);
alter table audit_event alter column record_id drop not null;
alter table audit_event alter column action type varchar(48);
create index audit_event_person on audit_event (person_id, sequence) where person_id is not null;

-- Break-glass: a practitioner's urgent, read-only, time-limited access to a family outside their scope,
-- for a stated reason, reviewed afterwards by their organisation's safeguarding lead or Caldicott
-- guardian.
create table break_glass_access (
    id             uuid          primary key,
    family_id      uuid          not null references family (id) on delete cascade,
    organisation   varchar(64)   not null,
    practitioner   varchar(255)  not null,
    reason         varchar(2000) not null,
    granted_at     timestamptz   not null,
    expires_at     timestamptz   not null,
    reviewed_at    timestamptz,
    reviewed_by    varchar(255),
    review_outcome varchar(16)
        constraint break_glass_review_outcome check (review_outcome in ('APPROPRIATE', 'INAPPROPRIATE')),
    review_note    varchar(2000),
    version        bigint        not null,
    constraint break_glass_expires_after_granted check (expires_at > granted_at)
);
create index break_glass_access_active on break_glass_access (practitioner, family_id, expires_at);
create index break_glass_access_review on break_glass_access (organisation, granted_at, id);
