-- Families, the people in them, episodes of work, and the audit trail.
--
-- Deleting a family (at the end of its retention period) cascades to its memberships and episodes.
-- People are shared between families, so they are not deleted with one; the retention engine decides
-- when a person no longer belongs to any record. Audit rows hold identifiers only, no foreign keys
-- and no personal data, so they outlive the records they mention.

create table family (
    id                  uuid primary key,
    name                varchar(200) not null,
    record_keeping_mode varchar(16)  not null
        constraint family_record_keeping_mode check (record_keeping_mode in ('INFANT', 'PARENT', 'LINKED')),
    created_at          timestamptz  not null,
    version             bigint       not null
);
create index family_name_order on family (lower(name), id);

create table person (
    id            uuid primary key,
    given_name    varchar(100) not null,
    family_name   varchar(100) not null,
    date_of_birth date         not null,
    date_of_death date,
    nhs_number    varchar(10)
        constraint person_nhs_number_unique unique
        constraint person_nhs_number_digits check (nhs_number ~ '^[0-9]{10}$'),
    registered_at timestamptz  not null,
    version       bigint       not null,
    constraint person_death_not_before_birth check (date_of_death is null or date_of_death >= date_of_birth)
);
create index person_name_search on person (lower(family_name), lower(given_name));

create table family_member (
    family_id               uuid        not null references family (id) on delete cascade,
    person_id               uuid        not null references person (id),
    role                    varchar(16) not null
        constraint family_member_role check (role in ('CHILD', 'MOTHER', 'FATHER', 'CARER', 'OTHER')),
    lives_with_child        boolean     not null,
    parental_responsibility boolean     not null,
    joined_at               timestamptz not null,
    primary key (family_id, person_id)
);
create index family_member_person on family_member (person_id);

create table episode (
    id                uuid primary key,
    family_id         uuid         not null references family (id) on delete cascade,
    service_type      varchar(40)  not null,
    organisation      varchar(64)  not null,
    lead_practitioner varchar(255) not null,
    -- first opened, and closed (null while open): what retention periods are computed from
    opened_on         date         not null,
    closed_on         date,
    created_at        timestamptz  not null,
    version           bigint       not null
);
create index episode_family_order on episode (family_id, opened_on desc, id);

create table episode_period (
    episode_id   uuid    not null references episode (id) on delete cascade,
    position     integer not null,
    opened_on    date    not null,
    closed_on    date,
    close_reason varchar(500),
    primary key (episode_id, position),
    constraint episode_period_close_not_before_open check (closed_on is null or closed_on >= opened_on)
);

create table audit_event (
    sequence           bigint generated always as identity primary key,
    id                 uuid         not null unique,
    occurred_at        timestamptz  not null,
    actor_subject      varchar(255) not null,
    actor_organisation varchar(64)  not null,
    action             varchar(40)  not null,
    record_type        varchar(16)  not null,
    record_id          uuid         not null,
    family_id          uuid
);
create index audit_event_record on audit_event (record_id, sequence);
create index audit_event_family on audit_event (family_id, sequence);
create index audit_event_actor on audit_event (actor_subject, sequence);
create index audit_event_time on audit_event (occurred_at);

-- The trail is append-only: no application code may change or remove what it says happened.
create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
