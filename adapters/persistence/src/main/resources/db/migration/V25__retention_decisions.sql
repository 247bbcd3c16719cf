-- The records officer's decisions on due records (issue 12, ADR 20), never changed but for a second
-- officer's approval of a destruction, and each organisation's choice to require that approval. No
-- foreign key to the record: the decision outlives it, as what the destruction certificate cites.
create table retention_decision (
    id             uuid          primary key,
    record_type    varchar(24)   not null,
    record_id      uuid          not null,
    organisation   varchar(64)   not null,
    kind           varchar(8)    not null constraint retention_decision_kind check (kind in ('DESTROY', 'EXTEND', 'KEEP')),
    until          date,
    reason         varchar(2000) not null,
    decided_by     varchar(255)  not null,
    decided_at     timestamptz   not null,
    needs_approval boolean       not null,
    approved_by    varchar(255),
    approved_at    timestamptz,
    constraint retention_decision_until check ((kind = 'DESTROY') = (until is null)),
    constraint retention_decision_approval check ((approved_by is null) = (approved_at is null))
);
create index retention_decision_of_record on retention_decision (record_type, record_id, decided_at desc);
create index retention_decision_of_organisation on retention_decision (organisation, decided_at desc, id);
-- At most one destruction decided per record: two officers deciding at once cannot both.
create unique index retention_decision_one_destruction on retention_decision (record_type, record_id)
    where kind = 'DESTROY';

create table retention_policy (
    organisation    varchar(64)   primary key,
    second_approval boolean       not null,
    changed_by      varchar(255)  not null,
    changed_at      timestamptz   not null,
    reason          varchar(1000) not null
);
