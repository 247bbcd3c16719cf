-- Session videos: what Cradle knows of each recording, never its bytes, which are sealed in a blob
-- store. A video is held by the organisation of the episode it was recorded in, from the creation of
-- its upload to its destruction; its bytes move outside any database transaction, so each step that
-- moves them is a state the row records before and after, and a crash leaves a row that says what to
-- clean up.
--
-- No foreign key to episode or family: the retention sweeper deletes an episode's and a family's rows
-- at the end of their retention period (SqlRetentionSweeps), and a video is not to go with them by a
-- cascade, nor to block them. A video's bytes are destroyed by destroying its data key (video_sealing),
-- and its row stays to say so; what becomes of a video when its episode is destroyed is the retention
-- engine's decision, made explicitly, never a side effect of a delete.
create table video (
    id                   uuid         primary key,
    episode_id           uuid         not null,
    family_id            uuid         not null,
    organisation         varchar(64)  not null,
    appearing            uuid[]       not null,
    recorded_on          date         not null,
    recorded_by          varchar(255) not null,
    purposes             varchar(40)[] not null,
    title                varchar(200),
    length               bigint       not null,
    received             bigint       not null,
    -- sniffed from the first bytes; until then what the upload declared, if it declared one
    format               varchar(16)
        constraint video_format check (format in ('MP4', 'WEBM', 'QUICKTIME')),
    state                varchar(16)  not null
        constraint video_state check (state in ('RESERVED', 'RECEIVING', 'COMPLETE', 'ABANDONED', 'DESTROYED')),
    -- of the bytes received, taken on the way in: set once every byte is in
    sha256               char(64)
        constraint video_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    ownership            varchar(24)  not null
        constraint video_ownership check (ownership in ('PARENT_PROPERTY', 'FORMAL_RECORD')),
    summary_written_on   date,
    summary_recorded_by  varchar(255),
    returned_at          timestamptz,
    returned_by          varchar(255),
    integrity            varchar(16)  not null
        constraint video_integrity check (integrity in ('UNCHECKED', 'INTACT', 'FAILED')),
    integrity_checked_at timestamptz,
    created_at           timestamptz  not null,
    created_by           varchar(255) not null,
    expires_at           timestamptz  not null,
    ended_at             timestamptz,
    version              bigint       not null,
    constraint video_appearing check (cardinality(appearing) >= 1),
    constraint video_purposes check (cardinality(purposes) >= 1),
    constraint video_received check (length >= 1 and received >= 0 and received <= length),
    constraint video_complete_has_sha256 check (state <> 'COMPLETE' or sha256 is not null),
    constraint video_summary_whole check ((summary_written_on is null) = (summary_recorded_by is null)),
    constraint video_returned_whole check ((returned_at is null) = (returned_by is null))
);
-- an episode's videos, newest first
create index video_episode_order on video (episode_id, created_at desc, id desc);
-- the uploads that ran out of time, for the sweep that abandons them: only those still receiving
create index video_expired_uploads on video (expires_at, id) where state in ('RESERVED', 'RECEIVING');
-- the complete videos whose stored bytes are due a check, never checked first
create index video_due_for_check on video (integrity_checked_at nulls first, id) where state = 'COMPLETE';

-- Every decision on whose a video is, in the order made. Rows are only ever inserted: a decision is
-- never changed once made, and a later one is a new row.
create table video_ownership_decision (
    video_id     uuid          not null references video (id) on delete cascade,
    number       integer       not null,
    to_ownership varchar(24)   not null
        constraint video_ownership_decision_to check (to_ownership in ('PARENT_PROPERTY', 'FORMAL_RECORD')),
    reason       varchar(1000) not null,
    decided_by   varchar(255)  not null,
    decided_at   timestamptz   not null,
    primary key (video_id, number),
    constraint video_ownership_decision_number check (number >= 1)
);

create function video_ownership_decision_is_never_rewritten() returns trigger
    language plpgsql as
$$
begin
    raise exception 'video_ownership_decision rows are never rewritten: record a new decision instead';
end;
$$;

create trigger video_ownership_decision_never_rewritten
    before update on video_ownership_decision
    for each row execute function video_ownership_decision_is_never_rewritten();

-- How a video's bytes are kept: its data key wrapped by a master key, its blob, the store's handle on
-- an unfinished blob, and who is appending to it. Apart from the video's row because destroying the
-- key (crypto-shredding) must leave the video's row to say so: the key columns are then null and
-- key_destroyed_at says when. held_until is the hold of the one request appending to the upload (a
-- request takes it with one conditional update, and a hold that ran out may be taken over).
create table video_sealing (
    video_id          uuid         primary key references video (id) on delete cascade,
    wrapped_key       bytea,
    master_key        varchar(32),
    blob_key          varchar(200) not null,
    upload            varchar(1024),
    chunk_size        integer      not null,
    sealed_chunk_size integer      not null,
    blob_size         bigint       not null,
    -- the SHA-256 of the bytes received so far, between requests, itself sealed
    digest_state      bytea,
    key_destroyed_at  timestamptz,
    held_until        timestamptz,
    constraint video_sealing_key_whole check ((wrapped_key is null) = (master_key is null)),
    constraint video_sealing_key_destroyed check (key_destroyed_at is null or wrapped_key is null),
    constraint video_sealing_sizes check (chunk_size >= 1 and sealed_chunk_size >= 0 and blob_size >= 0)
);
-- a rotation's question: the keys not yet wrapped by the current master key
create index video_sealing_master_key on video_sealing (master_key, video_id) where wrapped_key is not null;

-- Who played which video, and for what: one row per playback session, not per range (a player asks
-- for many ranges as it plays and seeks), so that the audit trail records a playback once per session.
create table video_playback (
    id           uuid         primary key,
    video_id     uuid         not null references video (id) on delete cascade,
    practitioner varchar(255) not null,
    use          varchar(16)  not null
        constraint video_playback_use check (use in ('WORK', 'SUPERVISION', 'TRAINING')),
    started_at   timestamptz  not null,
    last_at      timestamptz  not null,
    ranges       integer      not null,
    first_range  varchar(64)  not null,
    constraint video_playback_ranges check (ranges >= 1),
    constraint video_playback_order check (last_at >= started_at)
);
-- a practitioner's latest session of a video for a use
create index video_playback_latest on video_playback (video_id, practitioner, use, last_at desc);
