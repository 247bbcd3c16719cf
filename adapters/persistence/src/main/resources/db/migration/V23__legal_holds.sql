-- Legal holds (issue 12, ADR 20): while one is active nothing it covers is queued or destroyed. A hold
-- covers the records of the organisation that placed it: a family's, a person's, one episode's, or all
-- created before a date. No foreign keys: a hold is kept as placed, like the audit trail, and the
-- records it names are the very ones retention must not touch while it holds.
create table legal_hold (
    id             uuid          primary key,
    organisation   varchar(64)   not null,
    scope_kind     varchar(16)   not null
        constraint legal_hold_scope_kind check (scope_kind in ('FAMILY', 'PERSON', 'EPISODE', 'CREATED_BEFORE')),
    family_id      uuid,
    person_id      uuid,
    episode_id     uuid,
    created_before date,
    reason         varchar(2000) not null,
    authority      varchar(500)  not null,
    ends_on        date,
    placed_by      varchar(255)  not null,
    placed_at      timestamptz   not null,
    released_by    varchar(255),
    released_at    timestamptz,
    release_reason varchar(2000),
    constraint legal_hold_scope check (
        (scope_kind = 'FAMILY') = (family_id is not null)
        and (scope_kind = 'PERSON') = (person_id is not null)
        and (scope_kind = 'EPISODE') = (episode_id is not null)
        and (scope_kind = 'CREATED_BEFORE') = (created_before is not null)),
    constraint legal_hold_release check (
        (released_by is null) = (released_at is null) and (released_at is null) = (release_reason is null))
);
create index legal_hold_of_organisation on legal_hold (organisation, placed_at desc, id);
create index legal_hold_unreleased on legal_hold (organisation) where released_at is null;
