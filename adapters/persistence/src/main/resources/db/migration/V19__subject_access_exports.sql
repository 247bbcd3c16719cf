-- Subject-access exports (issue 11, ADR 18): what one organisation held about a person when the export
-- was prepared, kept as prepared so that what a records officer reviews is exactly what is released.
-- The items are a snapshot in labelled text (names and values as aligned arrays), never references to
-- the records, which may be corrected or destroyed afterwards. Exports are personal data: retention
-- (issue 12) destroys them by a rule of their own, and at the latest with the person; deleting an
-- export deletes its items and redactions. No foreign keys to the records or the person, for the same
-- reason as the audit trail: the snapshot outlives a correction.
create table subject_access_export (
    id           uuid         primary key,
    person_id    uuid         not null,
    requested_by uuid         not null,
    received_on  date         not null,
    organisation varchar(64)  not null,
    prepared_by  varchar(255) not null,
    prepared_at  timestamptz  not null,
    status       varchar(32)  not null
        constraint subject_access_export_status check (status in ('AWAITING_REDACTION_REVIEW', 'READY', 'RELEASED')),
    released_by  varchar(255),
    released_at  timestamptz,
    constraint subject_access_export_release check ((released_by is null) = (released_at is null)
        and (status = 'RELEASED') = (released_at is not null))
);
-- The records officers' queue (an organisation's exports in one state, oldest first) and a person's exports.
create index subject_access_export_queue on subject_access_export (organisation, status, prepared_at, id);
create index subject_access_export_person on subject_access_export (organisation, person_id, prepared_at, id);

create table subject_access_item (
    export_id    uuid         not null references subject_access_export (id) on delete cascade,
    position     int          not null constraint subject_access_item_position check (position >= 0),
    kind         varchar(32)  not null,
    record_id    uuid         not null,
    version      int,
    family_id    uuid,
    concerns     uuid[]       not null,
    field_names  varchar(64)[] not null,
    field_values text[]       not null,
    primary key (export_id, position),
    constraint subject_access_item_fields check (cardinality(field_names) = cardinality(field_values))
);

create table subject_access_redaction (
    id            uuid         primary key,
    export_id     uuid         not null,
    item_position int          not null,
    reasons       varchar(32)[] not null constraint subject_access_redaction_reasons check (cardinality(reasons) >= 1),
    third_parties uuid[]       not null,
    outcome       varchar(16)
        constraint subject_access_redaction_outcome check (outcome in ('WITHHELD', 'DISCLOSED')),
    review_reason varchar(500),
    reviewed_by   varchar(255),
    reviewed_at   timestamptz,
    constraint subject_access_redaction_item unique (export_id, item_position),
    constraint subject_access_redaction_of_item foreign key (export_id, item_position)
        references subject_access_item (export_id, position) on delete cascade,
    constraint subject_access_redaction_review check ((outcome is null) = (review_reason is null)
        and (outcome is null) = (reviewed_by is null) and (outcome is null) = (reviewed_at is null))
);

-- What was prepared never changes; a review is final; nothing changes once the export is released.
create function subject_access_export_is_unchanging() returns trigger
    language plpgsql as
$$
begin
    if tg_table_name = 'subject_access_item' then
        raise exception 'a subject-access package is kept as prepared: its items never change';
    end if;
    if tg_table_name = 'subject_access_redaction' then
        if old.outcome is not null or (old.export_id, old.item_position, old.reasons, old.third_parties)
                is distinct from (new.export_id, new.item_position, new.reasons, new.third_parties) then
            raise exception 'a redaction is reviewed once, and only its review is written';
        end if;
        return new;
    end if;
    if old.released_at is not null or (old.person_id, old.requested_by, old.received_on, old.organisation,
            old.prepared_by, old.prepared_at) is distinct from (new.person_id, new.requested_by, new.received_on,
            new.organisation, new.prepared_by, new.prepared_at) then
        raise exception 'a subject-access export is never changed once released, nor its preparation ever';
    end if;
    return new;
end;
$$;

create trigger subject_access_export_unchanging
    before update on subject_access_export
    for each row execute function subject_access_export_is_unchanging();
create trigger subject_access_item_unchanging
    before update on subject_access_item
    for each row execute function subject_access_export_is_unchanging();
create trigger subject_access_redaction_unchanging
    before update on subject_access_redaction
    for each row execute function subject_access_export_is_unchanging();
