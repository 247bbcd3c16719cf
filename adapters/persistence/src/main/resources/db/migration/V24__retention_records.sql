-- Each record's retention date as last computed (issue 12, ADR 20), with why: the review queue reads
-- it by (organisation, date) instead of computing every record's rules. Kept by the use cases whose
-- events move a date (an episode opened, closed or reopened, a member added, a person's dates corrected,
-- a rule setting or an organisation's sector changed). Holds are not folded in: they are checked when
-- the queue is read, since a hold can end by its date without any event.
create table retention_record (
    record_type           varchar(24)   not null,
    record_id             uuid          not null,
    organisation          varchar(64)   not null,
    family_id             uuid          not null,
    created_on            date          not null,
    status                varchar(16)   not null
        constraint retention_record_status check (status in ('DATED', 'OPEN', 'INCOMPLETE', 'UNCLASSIFIED')),
    review_on             date,
    end_action            varchar(10)   not null,
    automatic_destruction boolean       not null,
    deciding_rule         varchar(40),
    rule_version          int,
    setting_version       int,
    explanation           varchar(4000) not null,
    computed_at           timestamptz   not null,
    primary key (record_type, record_id),
    constraint retention_record_dated check ((status = 'DATED') = (review_on is not null))
);
create index retention_record_due on retention_record (organisation, review_on, record_id) where status = 'DATED';
create index retention_record_family on retention_record (family_id);
