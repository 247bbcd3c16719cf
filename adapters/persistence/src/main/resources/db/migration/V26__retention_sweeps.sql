-- The retention sweeper (issue 12, ADR 21).

-- The day a sweep first put the record in the review queue: "newly due" is a record without one.
alter table retention_record add column queued_on date;

-- What a destruction leaves: a row per record destroyed (the episode, and what followed it), so that an id
-- cited elsewhere (the audit trail, a chained entry, a certificate) still resolves to "destroyed, by this
-- certificate". A chained record keeps its sequence and its content hash as sealed, so the chain still
-- verifies without the content (SqlChainLedger reads them in place of the row). No personal data. A family
-- or a person is no one organisation's: its tombstone names none.
create table retention_tombstone (
    record_type    varchar(24)   not null,
    record_id      uuid          not null,
    organisation   varchar(64),
    family_id      uuid,
    certificate_id uuid          not null,
    destroyed_at   timestamptz   not null,
    sequence       bigint,
    content_hash   bytea,
    primary key (record_type, record_id),
    constraint retention_tombstone_chained check ((sequence is null) = (content_hash is null))
);
create index retention_tombstone_certificate on retention_tombstone (certificate_id);
create index retention_tombstone_sequence on retention_tombstone (record_type, sequence) where sequence is not null;

-- A destruction certificate per record destroyed: the record's class and id, the rule and version that
-- dated it with the inputs and dates, who decided and approved (or the organisation's automatic
-- destruction), who carried it out and when. Never changed, never destroyed.
create table retention_certificate (
    id               uuid          primary key,
    record_type      varchar(24)   not null,
    record_id        uuid          not null,
    organisation     varchar(64)   not null,
    family_id        uuid          not null,
    deciding_rule    varchar(40)   not null,
    rule_version     int           not null,
    setting_version  int,
    review_on        date          not null,
    explanation      varchar(4000) not null,
    decision_id      uuid,
    decided_by       varchar(255),
    needs_approval   boolean,
    approved_by      varchar(255),
    reason           varchar(2000) not null,
    executed_by      varchar(255)  not null,
    executed_at      timestamptz   not null,
    constraint retention_certificate_decision check ((decision_id is null) = (decided_by is null)),
    constraint retention_certificate_once unique (record_type, record_id)
);
create index retention_certificate_of_organisation on retention_certificate (organisation, executed_at desc, id);

-- What a destruction asks of the tables that name a person or a decision (which the foreign keys ask
-- too, on every delete): without these each question was a scan of the whole table, once per row
-- destroyed.
create index consent_grantor on consent (grantor_id);
create index confidentiality_notice_of_person on confidentiality_notice (person_id);
create index sharing_decision_subject_decision on sharing_decision_subject (decision_id);
create index sharing_decision_corrected on sharing_decision (corrects) where corrects is not null;
create index sharing_decision_recipient_person on sharing_decision (recipient_person) where recipient_person is not null;
create index subject_access_export_of_person on subject_access_export (person_id);
create index subject_access_export_requester on subject_access_export (requested_by);
