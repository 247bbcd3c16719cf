-- The tamper-evident chain (ADR 16): a ledger of sealed audit events, appended by one sealer after
-- commit, and the sealer's state. Nothing changes on the write path of the records themselves.
create table chain_entry (
    position        bigint      primary key,
    kind            varchar(24) not null constraint chain_entry_kind check (kind in ('AUDIT_EVENT', 'SHARING_DECISION')),
    record_sequence bigint      not null,
    record_id       uuid        not null,
    content_hash    bytea       not null,
    previous_hash   bytea       not null,
    entry_hash      bytea       not null,
    sealed_at       timestamptz not null,
    constraint chain_entry_once unique (kind, record_sequence)
);

-- Per kind: every record up to sealed_through is sealed; noted_through and noted_xmax are the sequence
-- value and snapshot xmax noted by the last run, sealed once every transaction running then has ended.
create table chain_seal (
    kind           varchar(24) primary key,
    sealed_through bigint      not null,
    noted_through  bigint,
    noted_xmax     xid8
);
insert into chain_seal (kind, sealed_through) values ('AUDIT_EVENT', 0);

create function chain_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the chain is append-only';
end;
$$;

create trigger chain_entry_append_only
    before update or delete on chain_entry
    for each row execute function chain_is_append_only();
