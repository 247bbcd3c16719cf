-- The tamper-evident chain (ADR 16): blocks of sealed audit events, appended by one sealer after
-- commit, and the sealer's state. Nothing changes on the write path of the records themselves, and a
-- seal writes one row however many events it seals.
create table chain_block (
    position         bigint      primary key,
    kind             varchar(24) not null constraint chain_block_kind check (kind in ('AUDIT_EVENT', 'SHARING_DECISION')),
    first_sequence   bigint      not null,
    last_sequence    bigint      not null,
    record_sequences bigint[]    not null,
    record_ids       uuid[]      not null,
    -- The records' content hashes, 32 bytes each, in the order of record_sequences.
    content_hashes   bytea       not null,
    previous_hash    bytea       not null,
    block_hash       bytea       not null,
    sealed_at        timestamptz not null,
    constraint chain_block_once unique (kind, first_sequence)
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

create trigger chain_block_append_only
    before update or delete on chain_block
    for each row execute function chain_is_append_only();
