package org.cradle.adapters.persistence.chain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
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
 * the trail's sequence and the snapshot's {@code xmax}, and seals up to the noted value once the oldest
 * running transaction is past that {@code xmax}.
 */
@ApplicationScoped
public class SqlChainLedger implements ChainLedger {

    /** The advisory lock key of the sealer: "chain" in ASCII. */
    private static final long SEALER_LOCK = 0x636861696eL;

    /** Each event's sequence, id and content hash, hashed in PostgreSQL from its canonical form (V17). */
    private static final String EVENT_COLUMNS =
            "e.sequence, e.id, sha256(convert_to(audit_event_canonical(e), 'UTF8'))";

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
            long sealedThrough;
            Long notedThrough;
            boolean settled;
            try (PreparedStatement state = connection.prepareStatement("select sealed_through, noted_through,"
                    + " noted_xmax is not null and pg_snapshot_xmin(pg_current_snapshot()) >= noted_xmax"
                    + " from chain_seal where kind = 'AUDIT_EVENT' for update")) {
                try (ResultSet row = state.executeQuery()) {
                    row.next();
                    sealedThrough = row.getLong(1);
                    notedThrough = (Long) row.getObject(2);
                    settled = row.getBoolean(3);
                }
            }
            int sealed = 0;
            if (notedThrough != null && settled && sealedThrough < notedThrough) {
                Sealed range = sealRange(connection, sealedThrough, notedThrough, max, at);
                sealed = range.count();
                // A short batch reached the noted value: what is missing below it was never committed.
                sealedThrough = range.count() < max ? notedThrough : range.lastSequence();
                try (PreparedStatement update = connection.prepareStatement(
                        "update chain_seal set sealed_through = ? where kind = 'AUDIT_EVENT'")) {
                    update.setLong(1, sealedThrough);
                    update.executeUpdate();
                }
            }
            if (notedThrough == null || sealedThrough >= notedThrough) {
                // Note where the trail is now; sealed up to there once its writers have ended.
                try (PreparedStatement note = connection.prepareStatement("update chain_seal set"
                        + " noted_through = (select case when is_called then last_value else last_value - 1 end"
                        + " from audit_event_sequence_seq), noted_xmax = pg_snapshot_xmax(pg_current_snapshot())"
                        + " where kind = 'AUDIT_EVENT'")) {
                    note.executeUpdate();
                }
            }
            return sealed;
        });
    }

    /** How many events a batch sealed, and the sequence of the last. */
    private record Sealed(int count, long lastSequence) {}

    /** Seals the events after {@code from}, up to {@code through}, at most {@code max}, as one block. */
    private Sealed sealRange(Connection connection, long from, long through, int max, Instant at) throws SQLException {
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
        List<ChainBlock.Sealed> records = new ArrayList<>();
        try (PreparedStatement events = connection.prepareStatement("select " + EVENT_COLUMNS
                + " from audit_event e where e.sequence > ? and e.sequence <= ? order by e.sequence limit ?")) {
            events.setLong(1, from);
            events.setLong(2, through);
            events.setInt(3, max);
            try (ResultSet row = events.executeQuery()) {
                while (row.next()) {
                    records.add(new ChainBlock.Sealed(row.getLong(1), row.getObject(2, UUID.class), row.getBytes(3)));
                }
            }
        }
        if (records.isEmpty()) {
            return new Sealed(0, from);
        }
        ChainBlock block = ChainBlock.seal(position + 1, ChainedKind.AUDIT_EVENT, records, previous);
        ByteBuffer hashes = ByteBuffer.allocate(records.size() * 32);
        records.forEach(r -> hashes.put(r.contentHash()));
        try (PreparedStatement insert = connection.prepareStatement("insert into chain_block (position, kind,"
                + " first_sequence, last_sequence, record_sequences, record_ids, content_hashes, previous_hash,"
                + " block_hash, sealed_at) values (?, 'AUDIT_EVENT', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, block.position());
            insert.setLong(2, block.firstSequence());
            insert.setLong(3, block.lastSequence());
            insert.setArray(
                    4,
                    connection.createArrayOf(
                            "bigint",
                            records.stream().map(ChainBlock.Sealed::sequence).toArray()));
            insert.setArray(
                    5,
                    connection.createArrayOf(
                            "uuid", records.stream().map(ChainBlock.Sealed::id).toArray()));
            insert.setBytes(6, hashes.array());
            insert.setBytes(7, block.previousHash());
            insert.setBytes(8, block.blockHash());
            insert.setObject(9, at.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return new Sealed(records.size(), block.lastSequence());
    }

    @Override
    public void verify(ChainVerifier verifier) {
        long after = 0;
        while (true) {
            long from = after;
            Optional<Checked> next =
                    QuarkusTransaction.requiringNew().call(() -> Jdbc.run(entityManager, c -> block(c, from)));
            if (next.isEmpty()) {
                return;
            }
            verifier.check(next.get().block(), next.get().now());
            after = next.get().block().position();
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
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + EVENT_COLUMNS + " from audit_event e where e.sequence between ? and ?")) {
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
