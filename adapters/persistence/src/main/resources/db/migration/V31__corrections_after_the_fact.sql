-- Corrections made after the fact (issue 21, ADR 25): dates that are in the past on purpose are accepted only
-- as a correction of what was recorded, kept with what it replaced, who made it, when and why.

-- A recorded close corrected: the day the work really stopped, or an allegation's real outcome. The
-- outcome columns hold what the correction replaced and what it recorded instead, when it corrected the
-- outcome; both are null when it corrected only the day. Goes with its episode.
create table episode_closure_correction (
    episode_id                 uuid          not null references episode (id) on delete cascade,
    position                   integer       not null,
    period_position            integer       not null check (period_position >= 0),
    closed_on_before           date          not null,
    closed_on                  date          not null,
    outcome_before             varchar(16),
    outcome_before_found_by    varchar(255),
    outcome_before_reason      varchar(2000),
    outcome_before_recorded_by varchar(255),
    outcome_before_recorded_at timestamptz,
    outcome                    varchar(16),
    outcome_found_by           varchar(255),
    outcome_reason             varchar(2000),
    outcome_recorded_by        varchar(255),
    outcome_recorded_at        timestamptz,
    reason                     varchar(2000) not null,
    corrected_by               varchar(255)  not null,
    corrected_at               timestamptz   not null,
    primary key (episode_id, position),
    constraint episode_closure_correction_findings check (
        outcome_before in ('SUBSTANTIATED', 'UNSUBSTANTIATED', 'UNFOUNDED', 'FALSE', 'MALICIOUS')
        and outcome in ('SUBSTANTIATED', 'UNSUBSTANTIATED', 'UNFOUNDED', 'FALSE', 'MALICIOUS')),
    constraint episode_closure_correction_outcome_before_whole check (
        (outcome_before is null) = (outcome_before_found_by is null)
        and (outcome_before is null) = (outcome_before_reason is null)
        and (outcome_before is null) = (outcome_before_recorded_by is null)
        and (outcome_before is null) = (outcome_before_recorded_at is null)),
    constraint episode_closure_correction_outcome_whole check (
        (outcome is null) = (outcome_found_by is null)
        and (outcome is null) = (outcome_reason is null)
        and (outcome is null) = (outcome_recorded_by is null)
        and (outcome is null) = (outcome_recorded_at is null)
        and (outcome_before is null or outcome is not null))
);

-- A hold's end corrected: the day it really ended (or ends), with the end recorded before (null if none).
-- Holds are never deleted, and neither are their corrections.
create table legal_hold_correction (
    hold_id        uuid          not null references legal_hold (id),
    position       integer       not null,
    ends_on_before date,
    ends_on        date          not null,
    corrected_by   varchar(255)  not null,
    corrected_at   timestamptz   not null,
    reason         varchar(2000) not null,
    primary key (hold_id, position)
);
