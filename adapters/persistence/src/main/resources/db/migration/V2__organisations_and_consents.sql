-- The directory of organisations: the controllers named on consent receipts, and the organisations a
-- consent may name as recipients.
create table organisation (
    code          varchar(64)  primary key,
    name          varchar(200) not null,
    contact_email varchar(254),
    version       bigint       not null
);

-- One consent: whose information (subject), who decided (grantor), in which family, first recorded by
-- which organisation. The current_* columns repeat the latest version, for the review lists.
create table consent (
    id                uuid         primary key,
    family_id         uuid         not null references family (id) on delete cascade,
    subject_id        uuid         not null references person (id),
    grantor_id        uuid         not null references person (id),
    organisation      varchar(64)  not null,
    created_at        timestamptz  not null,
    current_number    integer      not null,
    current_status    varchar(16)  not null,
    current_review_by date         not null,
    version           bigint       not null,
    constraint consent_current_status check (current_status in ('GIVEN', 'REFUSED', 'WITHDRAWN'))
);
create index consent_family on consent (family_id, created_at, id);
create index consent_subject on consent (subject_id, created_at, id);
create index consent_review_due on consent (organisation, current_review_by, id) where current_status = 'GIVEN';

-- Every version of every consent. Rows are never updated; they go only with their family, when its
-- records are destroyed at the end of their retention period.
create table consent_version (
    consent_id               uuid         not null references consent (id) on delete cascade,
    number                   integer      not null,
    subject_id               uuid         not null,
    change                   varchar(16)  not null,
    decision                 varchar(16)  not null,
    purposes                 varchar(40)[] not null,
    recipients               varchar(400)[] not null,
    categories               varchar(40)[] not null,
    excluded_person_ids      uuid[]       not null,
    notes_kept_in            varchar(20)  not null,
    method                   varchar(20)  not null,
    terms_effective_from     date         not null,
    review_by                date         not null,
    form_reference           varchar(100),
    effective_from           date         not null,
    recorded_at              timestamptz  not null,
    recorded_by              varchar(255) not null,
    recorded_for             varchar(64)  not null,
    primary key (consent_id, number),
    constraint consent_version_number check (number >= 1),
    constraint consent_version_change check (change in ('GIVEN', 'REFUSED', 'REVIEWED', 'WITHDRAWN')),
    constraint consent_version_decision check (decision in ('GIVEN', 'REFUSED')),
    constraint consent_version_review_after_effective check (review_by > terms_effective_from)
);
-- The coverage question: a subject's versions that had taken effect by a day, latest per consent.
create index consent_version_in_force on consent_version (subject_id, consent_id, number desc) include (effective_from);

create function consent_version_is_never_rewritten() returns trigger
    language plpgsql as
$$
begin
    raise exception 'consent_version rows are never rewritten: add a version instead';
end;
$$;

create trigger consent_version_never_rewritten
    before update on consent_version
    for each row execute function consent_version_is_never_rewritten();

-- The team around a family on a day: the open periods of its episodes.
create index episode_period_dates on episode_period (episode_id, opened_on, closed_on);
