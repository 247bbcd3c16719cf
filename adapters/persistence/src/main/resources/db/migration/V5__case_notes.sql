-- Case notes: a practitioner's note on an episode, held by the episode's organisation, about one or
-- more people of the family. A note is never edited in place: a correction is a new version, and the
-- earlier ones stay. The current_* columns repeat the latest version, so that an episode's list is
-- filtered by the access policy (holder, author, category, whom it is about) before it is paged.
create table case_note (
    id               uuid         primary key,
    episode_id       uuid         not null references episode (id) on delete cascade,
    family_id        uuid         not null references family (id) on delete cascade,
    organisation     varchar(64)  not null,
    author           varchar(255) not null,
    created_at       timestamptz  not null,
    current_number   integer      not null,
    current_category varchar(40)  not null,
    current_about    uuid[]       not null,
    version          bigint       not null,
    constraint case_note_current_number check (current_number >= 1),
    constraint case_note_current_about check (cardinality(current_about) >= 1)
);
-- an episode's notes, newest first
create index case_note_episode_order on case_note (episode_id, created_at desc, id desc);
create index case_note_family on case_note (family_id);

-- Every version of every note. Rows are never updated; they go only with their note, when its family's
-- records are destroyed at the end of their retention period.
create table case_note_version (
    case_note_id      uuid           not null references case_note (id) on delete cascade,
    number            integer        not null,
    text              varchar(20000) not null,
    category          varchar(40)    not null,
    kind              varchar(8)     not null,
    about             uuid[]         not null,
    mentions          uuid[]         not null,
    author            varchar(255)   not null,
    written_at        timestamptz    not null,
    correction_reason varchar(500),
    primary key (case_note_id, number),
    constraint case_note_version_number check (number >= 1),
    constraint case_note_version_kind check (kind in ('FACT', 'OPINION')),
    constraint case_note_version_category check (category in ('BASIC_DETAILS', 'DEVELOPMENT_AND_HEALTH',
        'MENTAL_HEALTH', 'SUBSTANCE_USE', 'DOMESTIC_ABUSE', 'OFFENDING_HISTORY', 'SEXUAL_HEALTH')),
    constraint case_note_version_about check (cardinality(about) >= 1),
    constraint case_note_version_reason check ((number = 1) = (correction_reason is null))
);

create function case_note_version_is_never_rewritten() returns trigger
    language plpgsql as
$$
begin
    raise exception 'case_note_version rows are never rewritten: add a version instead';
end;
$$;

create trigger case_note_version_never_rewritten
    before update on case_note_version
    for each row execute function case_note_version_is_never_rewritten();
