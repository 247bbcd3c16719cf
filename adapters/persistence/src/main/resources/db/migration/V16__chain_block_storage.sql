-- A block's hashes and ids are random bytes: PostgreSQL's compression cannot shrink them, so it is not
-- asked to try on every seal.
alter table chain_block
    alter column content_hashes set storage external,
    alter column record_ids set storage external,
    alter column record_sequences set storage external;
