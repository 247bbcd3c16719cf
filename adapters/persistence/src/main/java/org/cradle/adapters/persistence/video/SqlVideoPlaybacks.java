package org.cradle.adapters.persistence.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.video.ByteRange;
import org.cradle.application.video.VideoPlaybacks;
import org.cradle.domain.access.VideoUse;
import org.cradle.domain.video.VideoId;

/**
 * Playback sessions as rows of {@code video_playback}, in plain SQL: a range played within a session of
 * the same practitioner's, of the same video for the same use, extends it; any other begins one.
 *
 * <p>A range within a session finds it without a lock and extends it. Two first ranges asked for at once
 * (a player opens a video with two requests) must not both begin a session, and there is no row yet for
 * either to lock: one that finds no session takes a transaction-scoped advisory lock on (video,
 * practitioner, use), so that the second waits until the first's transaction ends, then looks again and
 * finds its session. Two triples whose hashes collide only wait for each other, never share a session.
 * The lock joins the caller's transaction, or one of its own when there is none.
 */
@ApplicationScoped
public class SqlVideoPlaybacks implements VideoPlaybacks {

    static final String LOCK = "select pg_advisory_xact_lock(hashtextextended(?, 0))";

    static final String LATEST = "select id from video_playback where video_id = ? and practitioner = ? and use = ?"
            + " and last_at >= ? order by last_at desc limit 1";

    static final String EXTEND =
            "update video_playback set last_at = greatest(last_at, ?), ranges = ranges + 1" + " where id = ?";

    /**
     * For the transaction that only extends a session: it commits without waiting for its WAL to reach
     * the disk (a crash may lose the latest extension, never a session's beginning or an audit event).
     */
    static final String ASYNC_COMMIT = "set local synchronous_commit = off";

    static final String BEGIN = "insert into video_playback"
            + " (id, video_id, practitioner, use, started_at, last_at, ranges, first_range)"
            + " values (?, ?, ?, ?, ?, ?, 1, ?)";

    private final EntityManager entityManager;

    public SqlVideoPlaybacks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public boolean played(
            VideoId video, String practitioner, VideoUse use, ByteRange range, Instant at, Duration session) {
        // Most ranges go on with a session: found without waiting for anyone, and extended.
        Optional<UUID> current = current(video, practitioner, use, at, session);
        if (current.isEmpty()) {
            Jdbc.list(
                    entityManager,
                    LOCK,
                    List.of("video-playback:" + video + ":" + use.name() + ":" + practitioner),
                    row -> Boolean.TRUE);
            // Another first range may have begun the session while this one waited for the lock.
            current = current(video, practitioner, use, at, session);
        }
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        UUID extended = current.orElse(null);
        return Jdbc.run(entityManager, connection -> {
            if (extended != null) {
                // An extension is bookkeeping, not evidence: the session's beginning, and its audit
                // event, were committed durably. Not waiting for the WAL flush keeps the row lock of a
                // session whose player asks for many ranges at once from serialising them on the disk.
                try (PreparedStatement statement = connection.prepareStatement(ASYNC_COMMIT)) {
                    statement.execute();
                }
                try (PreparedStatement statement = connection.prepareStatement(EXTEND)) {
                    statement.setObject(1, when);
                    statement.setObject(2, extended);
                    statement.executeUpdate();
                }
                return false;
            }
            try (PreparedStatement statement = connection.prepareStatement(BEGIN)) {
                statement.setObject(1, UUID.randomUUID());
                statement.setObject(2, video.value());
                statement.setString(3, practitioner);
                statement.setString(4, use.name());
                statement.setObject(5, when);
                statement.setObject(6, when);
                statement.setString(7, range.toString());
                statement.executeUpdate();
            }
            return true;
        });
    }

    private Optional<UUID> current(VideoId video, String practitioner, VideoUse use, Instant at, Duration session) {
        return Jdbc.list(
                        entityManager,
                        LATEST,
                        List.of(
                                video.value(),
                                practitioner,
                                use.name(),
                                at.minus(session).atOffset(ZoneOffset.UTC)),
                        row -> row.getObject(1, UUID.class))
                .stream()
                .findFirst();
    }
}
