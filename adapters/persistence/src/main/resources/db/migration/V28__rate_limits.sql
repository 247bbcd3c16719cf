-- Each client's count of what it has taken of each rate limit in the current window, shared by every
-- instance (ADR 24): one row per client and class of operation, reset when a request of a later window
-- comes. Instances take permits in leases (up to 100 at a time), so this row is written once per lease,
-- not once per request.
--
-- Unlogged: a count is worth nothing once its window (a minute, an hour) has passed, so it is not
-- worth a WAL record and a flush to disk per lease. After a crash, or on a standby promoted to primary,
-- the table starts empty and clients get a fresh window: at most one window's worth of requests more.
-- The rows are updated in place: a fillfactor below 100 leaves room on each page for the new version
-- of a row, so that updates stay on the page (HOT) and need no index entry.
create unlogged table rate_limit_count (
    client          text        not null,
    operation_class text        not null,
    window_start    timestamptz not null,
    taken           bigint      not null,
    primary key (client, operation_class)
) with (fillfactor = 70);
