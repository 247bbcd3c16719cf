-- An allegation's outcome (issue 21): how the allegation against an adult who works with children was
-- concluded, recorded on the close of its episode's period with who found it, why, and who recorded it
-- when. The retention schedule reads the finding: a malicious allegation's record is destroyed at once
-- (LA-ALLEGATION, NSPCC-ALLEGATION: "if(malicious, CONCLUDED, ...)"); any other keeps the longer date.
alter table episode_period
    add column outcome             varchar(16)
        constraint episode_period_outcome
            check (outcome in ('SUBSTANTIATED', 'UNSUBSTANTIATED', 'UNFOUNDED', 'FALSE', 'MALICIOUS')),
    add column outcome_found_by    varchar(255),
    add column outcome_reason      varchar(2000),
    add column outcome_recorded_by varchar(255),
    add column outcome_recorded_at timestamptz,
    add constraint episode_period_outcome_whole check (
        (outcome is null) = (outcome_found_by is null)
        and (outcome is null) = (outcome_reason is null)
        and (outcome is null) = (outcome_recorded_by is null)
        and (outcome is null) = (outcome_recorded_at is null)),
    add constraint episode_period_outcome_on_close check (outcome is null or closed_on is not null);
