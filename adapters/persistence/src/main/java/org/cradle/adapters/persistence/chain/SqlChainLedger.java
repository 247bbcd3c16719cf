package org.cradle.adapters.persistence.chain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.chain.ChainLedger;
import org.cradle.domain.chain.ChainBlock;
import org.cradle.domain.chain.ChainVerifier;
import org.cradle.domain.chain.ChainedKind;

/**
 * The chain in PostgreSQL (V15, ADR 16). Sealing takes a transaction-scoped advisory lock, so one
 * instance seals at a time, and seals only the audit events every writer of which has ended: it notes
 * the trail's sequence, the snapshot's {@code xmax} and the time, and seals up to the noted value once
 * the oldest running transaction is past that {@code xmax} and no transaction that began by then is
 * still running (V32, ADR 30).
 */
@ApplicationScoped
public class SqlChainLedger implements ChainLedger {

    /**
     * A client transaction of this database, other than the sealer's, that began at or before the
     * trail's sequence was noted. The noted {@code xmax} alone does not tell: a transaction whose first
     * write is its audit row takes its sequence value (the column's default) before it has an xid, so it
     * may get an xid past the noted {@code xmax} and still be running, its row unseen, when the oldest
     * xid has moved past. Any transaction holding a value up to the noted one began before it was noted,
     * xid or not, and {@code pg_stat_activity} shows it (the service's own role sees its sessions' start).
     */
    private static final String STILL_RUNNING = "select 1 from pg_stat_activity a where a.datname ="
            + " current_database() and a.backend_type = 'client backend' and a.pid <> pg_backend_pid()"
            + " and a.xact_start <= chain_seal.noted_at";

    /** The advisory lock key of the sealer: "chain" in ASCII. */
    private static final long SEALER_LOCK = 0x636861696eL;

    /**
     * Where each kind of chained record lives: its table, the sequence that numbers it, and the SQL
     * function that writes its canonical form (V17, V18), hashed where the rows are so that the sealer
     * and the verifier read 32 bytes per record instead of the whole row. A sharing decision destroyed
     * under retention is read from its tombstone, which kept its sequence and the hash it had (V26): the
     * chain still verifies without the content, and a row deleted without a tombstone is still found.
     */
    private enum Source {
        AUDIT_EVENT(ChainedKind.AUDIT_EVENT, "audit_event", "audit_event_sequence_seq", "audit_event_canonical", false),
        SHARING_DECISION(
                ChainedKind.SHARING_DECISION,
                "sharing_decision",
                "sharing_decision_sequence_seq",
                "sharing_decision_canonical",
                true);

        final ChainedKind kind;
        final String table;
        final String sequence;
        /** A subquery of (sequence, id, hash), one row per record of the kind. */
        final String rows;

        Source(ChainedKind kind, String table, String sequence, String canonical, boolean tombstoned) {
            this.kind = kind;
            this.table = table;
            this.sequence = sequence;
            String hashed = "select r.sequence, r.id, sha256(convert_to(" + canonical + "(r), 'UTF8')) as hash from "
                    + table + " r";
            this.rows = "(" + hashed
                    + (tombstoned
                            ? " union all select t.sequence, t.record_id, t.content_hash from retention_tombstone t"
                                    + " where t.record_type = '" + kind.name() + "' and t.sequence is not null"
                            : "")
                    + ")";
        }

        static Source of(ChainedKind kind) {
            return valueOf(kind.name());
        }
    }

    private final EntityManager entityManager;

    public SqlChainLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int seal(int max, Instant at) {
        return Jdbc.run(entityManager, connection -> {
            if (!single(connection, "select pg_try_advisory_xact_lock(" + SEALER_LOCK + ")", ResultSet::getBoolean)) {
                return -1;
            }
            int sealed = 0;
            for (Source source : Source.values()) {
                sealed += seal(connection, source, max, at);
            }
            return sealed;
        });
    }

    /** Seals what can be sealed of one kind of record, under the sealer's lock. */
    private int seal(Connection connection, Source source, int max, Instant at) throws SQLException {
        long sealedThrough;
        Long notedThrough;
        boolean settled;
        try (PreparedStatement state = connection.prepareStatement("select sealed_through, noted_through,"
                + " noted_xmax is not null and pg_snapshot_xmin(pg_current_snapshot()) >= noted_xmax"
                + " and noted_at is not null and not exists (" + STILL_RUNNING + ")"
                + " from chain_seal where kind = ? for update")) {
            state.setString(1, source.kind.name());
            try (ResultSet row = state.executeQuery()) {
                row.next();
                sealedThrough = row.getLong(1);
                notedThrough = (Long) row.getObject(2);
                settled = row.getBoolean(3);
            }
        }
        int sealed = 0;
        if (notedThrough != null && settled && sealedThrough < notedThrough) {
            Sealed range = sealRange(connection, source, sealedThrough, notedThrough, max, at);
            sealed = range.count();
            // A short batch reached the noted value: what is missing below it was never committed.
            sealedThrough = range.count() < max ? notedThrough : range.lastSequence();
            try (PreparedStatement update =
                    connection.prepareStatement("update chain_seal set sealed_through = ? where kind = ?")) {
                update.setLong(1, sealedThrough);
                update.setString(2, source.kind.name());
                update.executeUpdate();
            }
        }
        if (notedThrough == null || sealedThrough >= notedThrough) {
            // Note where the trail is now; sealed up to there once its writers have ended.
            try (PreparedStatement note = connection.prepareStatement("update chain_seal set"
                    + " noted_through = (select case when is_called then last_value else last_value - 1 end"
                    + " from " + source.sequence + "), noted_xmax = pg_snapshot_xmax(pg_current_snapshot()),"
                    + " noted_at = clock_timestamp() where kind = ?")) {
                note.setString(1, source.kind.name());
                note.executeUpdate();
            }
        }
        return sealed;
    }

    /** How many events a batch sealed, and the sequence of the last. */
    private record Sealed(int count, long lastSequence) {}

    /**
     * Seals the records after {@code from}, up to {@code through}, at most {@code max}, as one block, in
     * one statement: the records' hashes, the block's arrays and its hash are made where the rows are,
     * so that a busy second's 25,000 events never travel to the service and back. The block hash is
     * {@link ChainBlock#link} written in SQL (8-byte big-endian position, the kind's name, each record's
     * big-endian sequence, its UUID's 16 bytes and its content hash, then the previous hash); the
     * verifier recomputes it in Java, so a difference between the two would report every block broken.
     */
    private Sealed sealRange(Connection connection, Source source, long from, long through, int max, Instant at)
            throws SQLException {
        long position;
        byte[] previous;
        try (PreparedStatement last = connection.prepareStatement(
                "select position, block_hash from chain_block order by position desc limit 1")) {
            try (ResultSet row = last.executeQuery()) {
                if (row.next()) {
                    position = row.getLong(1);
                    previous = row.getBytes(2);
                } else {
                    position = 0;
                    previous = ChainBlock.GENESIS;
                }
            }
        }
        try (PreparedStatement seal = connection.prepareStatement("with sealed as (select r.sequence, r.id, r.hash"
                + " from " + source.rows + " r where r.sequence > ? and r.sequence <= ? order by r.sequence limit ?),"
                + " block as (select count(*) as n, min(sequence) as first_sequence, max(sequence) as last_sequence,"
                + " array_agg(sequence order by sequence) as sequences, array_agg(id order by sequence) as ids,"
                + " string_agg(hash, ''::bytea order by sequence) as hashes,"
                + " string_agg(int8send(sequence) || uuid_send(id) || hash, ''::bytea order by sequence) as links"
                + " from sealed)"
                + " insert into chain_block (position, kind, first_sequence, last_sequence, record_sequences,"
                + " record_ids, content_hashes, previous_hash, block_hash, sealed_at)"
                + " select ?, ?, first_sequence, last_sequence, sequences, ids, hashes, ?,"
                + " sha256(int8send(?::bigint) || convert_to(?, 'UTF8') || links || ?), ? from block where n > 0"
                + " returning cardinality(record_ids), last_sequence")) {
            int p = 1;
            seal.setLong(p++, from);
            seal.setLong(p++, through);
            seal.setInt(p++, max);
            seal.setLong(p++, position + 1);
            seal.setString(p++, source.kind.name());
            seal.setBytes(p++, previous);
            seal.setLong(p++, position + 1);
            seal.setString(p++, source.kind.name());
            seal.setBytes(p++, previous);
            seal.setObject(p, at.atOffset(ZoneOffset.UTC));
            try (ResultSet row = seal.executeQuery()) {
                return row.next() ? new Sealed(row.getInt(1), row.getLong(2)) : new Sealed(0, from);
            }
        }
    }

    @Override
    public void verify(ChainVerifier verifier) {
        long after = 0;
        while (true) {
            long from = after;
            Optional<Checked> next =
                    QuarkusTransaction.requiringNew().call(() -> Jdbc.run(entityManager, c -> block(c, from)));
            if (next.isEmpty()) {
                break;
            }
            verifier.check(next.get().block(), next.get().now());
            after = next.get().block().position();
        }
        for (Source source : Source.values()) {
            QuarkusTransaction.requiringNew()
                    .run(() -> Jdbc.run(entityManager, c -> {
                        unsealed(c, source, verifier);
                        return null;
                    }));
        }
    }

    /**
     * The records of a kind at or below where it is sealed through that lie between its blocks or after
     * the last, where the walk of the blocks does not look: one range scan of the table's sequence per
     * block. A record inside a block's range that the block does not hold is {@code INSERTED} already.
     */
    private static void unsealed(Connection connection, Source source, ChainVerifier verifier) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("with b as (select position, first_sequence,"
                + " lag(last_sequence, 1, 0::bigint) over (order by first_sequence) as after_sequence,"
                + " lag(position, 1, 0::bigint) over (order by first_sequence) as after_position"
                + " from chain_block where kind = ?),"
                + " sealed as (select coalesce(max(position), 0) as position, coalesce(max(last_sequence), 0) as"
                + " last_sequence from chain_block where kind = ?)"
                + " select b.after_position, r.sequence, r.id from b join " + source.table + " r"
                + " on r.sequence > b.after_sequence and r.sequence < b.first_sequence"
                + " union all select sealed.position, r.sequence, r.id from sealed, chain_seal s join "
                + source.table + " r on r.sequence <= s.sealed_through where s.kind = ?"
                + " and r.sequence > sealed.last_sequence order by 2")) {
            statement.setString(1, source.kind.name());
            statement.setString(2, source.kind.name());
            statement.setString(3, source.kind.name());
            statement.setFetchSize(10_000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    verifier.unsealed(row.getLong(1), source.kind, row.getObject(3, UUID.class));
                }
            }
        }
    }

    /** A block, and the records now between its first and last sequence. */
    private record Checked(ChainBlock block, Map<Long, ChainVerifier.Current> now) {}

    private static Optional<Checked> block(Connection connection, long after) throws SQLException {
        ChainBlock block;
        try (PreparedStatement statement = connection.prepareStatement("select position, kind, record_sequences,"
                + " record_ids, content_hashes, previous_hash, block_hash from chain_block where position > ?"
                + " order by position limit 1")) {
            statement.setLong(1, after);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Long[] sequences = (Long[]) row.getArray(3).getArray();
                UUID[] ids = (UUID[]) row.getArray(4).getArray();
                byte[] hashes = row.getBytes(5);
                List<ChainBlock.Sealed> records = new ArrayList<>(sequences.length);
                for (int i = 0; i < sequences.length; i++) {
                    byte[] hash = hashes.length >= (i + 1) * 32
                            ? java.util.Arrays.copyOfRange(hashes, i * 32, (i + 1) * 32)
                            : new byte[32];
                    records.add(new ChainBlock.Sealed(sequences[i], ids[i], hash));
                }
                block = new ChainBlock(
                        row.getLong(1),
                        ChainedKind.valueOf(row.getString(2)),
                        records,
                        row.getBytes(6),
                        row.getBytes(7));
            }
        }
        Map<Long, ChainVerifier.Current> now = new HashMap<>();
        Source source = Source.of(block.kind());
        try (PreparedStatement statement = connection.prepareStatement(
                "select r.sequence, r.id, r.hash from " + source.rows + " r where r.sequence between ? and ?")) {
            statement.setLong(1, block.firstSequence());
            statement.setLong(2, block.lastSequence());
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    now.put(
                            row.getLong(1),
                            new ChainVerifier.Current(
                                    row.getObject(2, UUID.class), Optional.ofNullable(row.getBytes(3))));
                }
            }
        }
        return Optional.of(new Checked(block, now));
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet row, int column) throws SQLException;
    }

    private static <T> T single(Connection connection, String sql, Reader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return reader.read(row, 1);
        }
    }
}
