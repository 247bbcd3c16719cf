package org.cradle.adapters.persistence.chain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.chain.ChainLedger;
import org.cradle.domain.access.ActorKind;
import org.cradle.domain.access.Ground;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.chain.ChainEntry;
import org.cradle.domain.chain.ChainVerifier;
import org.cradle.domain.chain.ChainedKind;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

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

    private static final int PAGE = 5_000;

    private static final String EVENT_COLUMNS = "sequence, id, occurred_at, actor_subject, actor_kind,"
            + " actor_organisation, action, record_type, record_id, family_id, person_id, category, ground";

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

    /** Seals the events after {@code from}, up to {@code through}, at most {@code max}, in sequence order. */
    private Sealed sealRange(Connection connection, long from, long through, int max, Instant at) throws SQLException {
        long position;
        byte[] previous;
        try (PreparedStatement last = connection.prepareStatement(
                "select position, entry_hash from chain_entry order by position desc limit 1")) {
            try (ResultSet row = last.executeQuery()) {
                if (row.next()) {
                    position = row.getLong(1);
                    previous = row.getBytes(2);
                } else {
                    position = 0;
                    previous = ChainEntry.GENESIS;
                }
            }
        }
        int sealed = 0;
        long lastSequence = from;
        try (PreparedStatement events = connection.prepareStatement("select " + EVENT_COLUMNS
                        + " from audit_event where sequence > ? and sequence <= ? order by sequence limit ?");
                PreparedStatement insert = connection.prepareStatement("insert into chain_entry (position, kind,"
                        + " record_sequence, record_id, content_hash, previous_hash, entry_hash, sealed_at)"
                        + " values (?, 'AUDIT_EVENT', ?, ?, ?, ?, ?, ?)")) {
            events.setLong(1, from);
            events.setLong(2, through);
            events.setInt(3, max);
            OffsetDateTime sealedAt = at.atOffset(ZoneOffset.UTC);
            try (ResultSet row = events.executeQuery()) {
                while (row.next()) {
                    long sequence = row.getLong(1);
                    UUID id = row.getObject(2, UUID.class);
                    byte[] content = contentOf(row)
                            .orElseThrow(() ->
                                    new IllegalStateException("audit event " + id + " cannot be read to be sealed"));
                    ChainEntry entry = ChainEntry.seal(++position, ChainedKind.AUDIT_EVENT, id, content, previous);
                    insert.setLong(1, entry.position());
                    insert.setLong(2, sequence);
                    insert.setObject(3, id);
                    insert.setBytes(4, entry.contentHash());
                    insert.setBytes(5, entry.previousHash());
                    insert.setBytes(6, entry.entryHash());
                    insert.setObject(7, sealedAt);
                    insert.addBatch();
                    previous = entry.entryHash();
                    lastSequence = sequence;
                    sealed++;
                }
            }
            if (sealed > 0) {
                insert.executeBatch();
            }
        }
        return new Sealed(sealed, lastSequence);
    }

    @Override
    public void verify(ChainVerifier verifier) {
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> page =
                    QuarkusTransaction.requiringNew().call(() -> Jdbc.run(entityManager, c -> page(c, from)));
            if (page.isEmpty()) {
                return;
            }
            for (Object[] checked : page) {
                @SuppressWarnings("unchecked")
                Optional<byte[]> content = (Optional<byte[]>) checked[1];
                verifier.check((ChainEntry) checked[0], content);
            }
            after = ((ChainEntry) page.get(page.size() - 1)[0]).position();
        }
    }

    /** A page of entries after {@code after}, each with its record's content hash as it is now. */
    private static List<Object[]> page(Connection connection, long after) throws SQLException {
        List<ChainEntry> entries = new ArrayList<>();
        List<Long> sequences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select position, kind, record_sequence,"
                + " record_id, content_hash, previous_hash, entry_hash from chain_entry where position > ?"
                + " order by position limit " + PAGE)) {
            statement.setLong(1, after);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    entries.add(new ChainEntry(
                            row.getLong(1),
                            ChainedKind.valueOf(row.getString(2)),
                            row.getObject(4, UUID.class),
                            row.getBytes(5),
                            row.getBytes(6),
                            row.getBytes(7)));
                    sequences.add(row.getLong(3));
                }
            }
        }
        Map<Long, Optional<byte[]>> current = new HashMap<>();
        if (!sequences.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select " + EVENT_COLUMNS + " from audit_event where sequence = any (?)")) {
                statement.setArray(1, connection.createArrayOf("bigint", sequences.toArray()));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        current.put(row.getLong(1), Optional.of(contentOf(row).orElse(new byte[0])));
                    }
                }
            }
        }
        List<Object[]> page = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            page.add(new Object[] {entries.get(i), current.getOrDefault(sequences.get(i), Optional.empty())});
        }
        return page;
    }

    /**
     * The canonical content hash of the event on the row, or empty when the row no longer reads as an
     * event (a value altered into something no event holds).
     */
    private static Optional<byte[]> contentOf(ResultSet row) throws SQLException {
        try {
            UUID family = row.getObject(10, UUID.class);
            UUID person = row.getObject(11, UUID.class);
            String category = row.getString(12);
            String ground = row.getString(13);
            AuditEvent event = new AuditEvent(
                    row.getObject(2, UUID.class),
                    row.getObject(3, OffsetDateTime.class).toInstant(),
                    row.getString(4),
                    ActorKind.valueOf(row.getString(5)),
                    new OrganisationId(row.getString(6)),
                    AuditAction.valueOf(row.getString(7)),
                    RecordType.valueOf(row.getString(8)),
                    row.getObject(9, UUID.class),
                    family == null ? null : new FamilyId(family),
                    person == null ? null : new PersonId(person),
                    category == null ? null : InformationCategory.valueOf(category),
                    ground == null ? null : Ground.valueOf(ground));
            return Optional.of(event.canonical(row.getLong(1)).hash());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
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
