package org.cradle.adapters.persistence.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.video.BlobKey;
import org.cradle.application.video.SealedKey;
import org.cradle.application.video.VideoSealings;
import org.cradle.domain.video.VideoId;

/**
 * How each video's bytes are kept, as rows of {@code video_sealing}, in plain SQL: a claim is one
 * conditional update, so that of two requests taking one upload at once only one changes the row, and
 * destroying a key is an update that no cached entity can undo.
 *
 * <p>Every method joins the caller's transaction, or runs in one of its own when there is none: some
 * callers move bytes outside any transaction, and a claim or a release must still be committed.
 */
@ApplicationScoped
public class SqlVideoSealings implements VideoSealings {

    private static final String COLUMNS = "video_id, wrapped_key, master_key, blob_key, upload, chunk_size,"
            + " sealed_chunk_size, blob_size, digest_state, key_destroyed_at";

    private final EntityManager entityManager;

    public SqlVideoSealings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void add(Sealing sealing) {
        execute(
                "insert into video_sealing (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sealing.video().value(),
                wrapped(sealing),
                sealing.key() == null ? null : sealing.key().masterKey(),
                sealing.blob().value(),
                sealing.upload(),
                sealing.chunkSize(),
                sealing.sealedChunkSize(),
                sealing.blobSize(),
                sealing.digestState(),
                utc(sealing.keyDestroyedAt()));
    }

    @Override
    @Transactional
    public Optional<Sealing> find(VideoId video) {
        return Jdbc.list(
                        entityManager,
                        "select " + COLUMNS + " from video_sealing where video_id = ?",
                        List.of(video.value()),
                        SqlVideoSealings::read)
                .stream()
                .findFirst();
    }

    /** Stores the sealing as changed; the hold ({@link #claim}) is not the sealing's, and is left as it is. */
    @Override
    @Transactional
    public void update(Sealing sealing) {
        int changed = execute(
                "update video_sealing set wrapped_key = ?, master_key = ?, blob_key = ?, upload = ?, chunk_size = ?,"
                        + " sealed_chunk_size = ?, blob_size = ?, digest_state = ?, key_destroyed_at = ?"
                        + " where video_id = ?",
                wrapped(sealing),
                sealing.key() == null ? null : sealing.key().masterKey(),
                sealing.blob().value(),
                sealing.upload(),
                sealing.chunkSize(),
                sealing.sealedChunkSize(),
                sealing.blobSize(),
                sealing.digestState(),
                utc(sealing.keyDestroyedAt()),
                sealing.video().value());
        if (changed == 0) {
            throw new IllegalStateException("update of a video's sealing never added: " + sealing.video());
        }
    }

    @Override
    @Transactional
    public boolean claim(VideoId video, Instant now, Instant until) {
        return execute(
                        "update video_sealing set held_until = ?"
                                + " where video_id = ? and (held_until is null or held_until <= ?)",
                        utc(until),
                        video.value(),
                        utc(now))
                == 1;
    }

    @Override
    @Transactional
    public void release(VideoId video) {
        execute("update video_sealing set held_until = null where video_id = ?", video.value());
    }

    @Override
    @Transactional
    public void destroyKey(VideoId video, Instant at) {
        // Once destroyed, the first destruction's time stays: destroying it again destroys nothing more.
        execute(
                "update video_sealing set wrapped_key = null, master_key = null, digest_state = null,"
                        + " key_destroyed_at = coalesce(key_destroyed_at, ?) where video_id = ?",
                utc(at),
                video.value());
    }

    @Override
    @Transactional
    public List<Sealing> blobsToRemove(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return Jdbc.list(
                entityManager,
                "select " + COLUMNS + " from video_sealing where key_destroyed_at is not null"
                        + " and blob_removed_at is null order by key_destroyed_at, video_id limit ?",
                List.of(limit),
                SqlVideoSealings::read);
    }

    @Override
    @Transactional
    public void blobRemoved(VideoId video, Instant at) {
        // The first removal's time stays; the check constraint refuses one of a key not destroyed.
        execute(
                "update video_sealing set blob_removed_at = coalesce(blob_removed_at, ?) where video_id = ?",
                utc(at),
                video.value());
    }

    @Override
    @Transactional
    public List<Sealing> wrappedByOtherThan(String masterKey, VideoId after, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return Jdbc.list(
                entityManager,
                "select " + COLUMNS + " from video_sealing where wrapped_key is not null and master_key <> ?"
                        + " and video_id > ? order by video_id limit ?",
                List.of(masterKey, after == null ? new UUID(0, 0) : after.value(), limit),
                SqlVideoSealings::read);
    }

    /** Runs {@code sql} with {@code parameters} bound in order (nulls included); how many rows it changed. */
    private int execute(String sql, Object... parameters) {
        return Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    Object parameter = parameters[i];
                    if (parameter instanceof byte[] bytes) {
                        statement.setBytes(i + 1, bytes);
                    } else {
                        statement.setObject(i + 1, parameter);
                    }
                }
                return statement.executeUpdate();
            }
        });
    }

    private static byte[] wrapped(Sealing sealing) {
        return sealing.key() == null ? null : sealing.key().wrapped();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Sealing read(ResultSet row) throws SQLException {
        byte[] wrapped = row.getBytes(2);
        OffsetDateTime destroyedAt = row.getObject(10, OffsetDateTime.class);
        return new Sealing(
                new VideoId(row.getObject(1, UUID.class)),
                wrapped == null ? null : new SealedKey(wrapped, row.getString(3)),
                new BlobKey(row.getString(4)),
                row.getString(5),
                row.getInt(6),
                row.getInt(7),
                row.getLong(8),
                row.getBytes(9),
                destroyedAt == null ? null : destroyedAt.toInstant());
    }
}
