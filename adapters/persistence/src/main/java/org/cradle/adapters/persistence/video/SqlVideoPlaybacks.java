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
 * <p>Two first ranges asked for at once (a player opens a video with two requests) must not both begin a
 * session, and there is no row yet for either to lock: each takes a transaction-scoped advisory lock on
 * (video, practitioner, use) first, so that the second waits until the first's transaction ends and
 * then finds its session. Two triples whose hashes collide only wait for each other, never share a session.
 * The lock joins the caller's transaction, or one of its own when there is none.
 */
@ApplicationScoped
public class SqlVideoPlaybacks implements VideoPlaybacks {

    static final String LOCK = "select pg_advisory_xact_lock(hashtextextended(?, 0))";

    static final String LATEST = "select id from video_playback where video_id = ? and practitioner = ? and use = ?"
            + " and last_at >= ? order by last_at desc limit 1";

    static final String EXTEND =
            "update video_playback set last_at = greatest(last_at, ?), ranges = ranges + 1" + " where id = ?";

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
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        Jdbc.list(
                entityManager,
                LOCK,
                List.of("video-playback:" + video + ":" + use.name() + ":" + practitioner),
                row -> Boolean.TRUE);
        Optional<UUID> current = Jdbc.list(
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
        return Jdbc.run(entityManager, connection -> {
            if (current.isPresent()) {
                try (PreparedStatement statement = connection.prepareStatement(EXTEND)) {
                    statement.setObject(1, when);
                    statement.setObject(2, current.get());
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
}
