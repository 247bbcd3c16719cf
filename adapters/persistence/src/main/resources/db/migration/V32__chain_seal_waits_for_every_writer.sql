-- The sealer waited for the transactions running when it noted the trail's sequence by their xids
-- (noted_xmax). A writer whose first write is its audit row takes its sequence value before it has an
-- xid, so it could still be running, its row unseen, when the oldest xid was past the noted xmax: the
-- sealer moved sealed_through past a row that committed later, and nothing sealed it. noted_at is when
-- the sequence was noted; the sealer now also waits until no client transaction of this database that
-- began at or before then is still running, with or without an xid (ADR 30).
alter table chain_seal add column noted_at timestamptz;
