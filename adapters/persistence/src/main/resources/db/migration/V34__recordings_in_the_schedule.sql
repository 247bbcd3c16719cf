-- Session videos in the retention schedule (issue 23, ADR 32). A recording gets its own dated record
-- (record_type VIDEO) beside the episode it belongs to; this migration adds what the sweeper needs to
-- destroy one by crypto-shredding and to say so.

-- NHS-RECORDING, version 2: a recording that a recorded decision made part of the infant's formal record
-- is kept as that record is, even once summarised; version 1 let any summarised recording go a month
-- after its summary. Same source and effective date: the Code's rule never let a formal record's part go
-- sooner than the record, version 1 simply could not say "formal record". An organisation's own formula
-- for the rule (a setting) still takes precedence, as for every configurable rule.
insert into retention_rule (id, version, record_class, formula, end_action, source, confidence, effective_from, configurable)
values ('NHS-RECORDING', 2,
 'Audio or video recording of care',
 'if(formalRecord, HOST, if(summarised, SUMMARISED+1m, HOST))', 'DESTROY',
 'NHS England Records Management Code of Practice 2021 (updated 2023): may go after a local grace period once accurately summarised (the Code''s example: one month); otherwise, and when it is part of the formal record, the rule of the record it belongs to.',
 'SECONDARY', date '2021-08-04', true);

-- The day the last backup taken before a destruction ages out (cradle.retention.backup-retention after
-- the destruction): until then a restored backup still holds the destroyed rows, and a video's wrapped
-- data key. Certificates issued before this migration get theirs from the default period.
alter table retention_certificate add column backups_age_out_on date;
update retention_certificate set backups_age_out_on = (executed_at + interval '35 days')::date;
alter table retention_certificate alter column backups_age_out_on set not null;

-- When a destroyed video's blob was removed from the store. Its key is destroyed in the transaction that
-- records the destruction; the blob is removed after, outside any transaction, and a removal that failed
-- (the store down) is retried until this is set.
alter table video_sealing add column blob_removed_at timestamptz;
alter table video_sealing add constraint video_sealing_blob_removed_after_key
    check (blob_removed_at is null or key_destroyed_at is not null);
create index video_sealing_blob_to_remove on video_sealing (key_destroyed_at, video_id)
    where key_destroyed_at is not null and blob_removed_at is null;

-- A family's recordings, for the retention dates of its records.
create index video_of_family on video (family_id) where state in ('RESERVED', 'RECEIVING', 'COMPLETE');

-- The record a kept record is part of (a recording's episode): a hold on that episode keeps it too.
alter table retention_record add column part_of uuid;
