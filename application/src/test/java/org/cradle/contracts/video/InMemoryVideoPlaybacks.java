package org.cradle.contracts.video;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cradle.application.video.ByteRange;
import org.cradle.application.video.VideoPlaybacks;
import org.cradle.domain.access.VideoUse;
import org.cradle.domain.video.VideoId;

/** The port in memory: a session per practitioner, video and use, gone on with while ranges come within the gap. */
public final class InMemoryVideoPlaybacks implements VideoPlaybacks {

    /** One playback session, as stored. */
    public record Session(
            VideoId video,
            String practitioner,
            VideoUse use,
            Instant startedAt,
            Instant lastAt,
            int ranges,
            String firstRange) {}

    private final List<Session> sessions = new ArrayList<>();

    @Override
    public synchronized boolean played(
            VideoId video, String practitioner, VideoUse use, ByteRange range, Instant at, Duration session) {
        Instant since = at.minus(session);
        Optional<Session> current = sessions.stream()
                .filter(s -> s.video().equals(video) && s.practitioner().equals(practitioner) && s.use() == use)
                .filter(s -> !s.lastAt().isBefore(since))
                .max(Comparator.comparing(Session::lastAt));
        if (current.isPresent()) {
            Session s = current.get();
            sessions.set(
                    sessions.indexOf(s),
                    new Session(
                            video,
                            practitioner,
                            use,
                            s.startedAt(),
                            s.lastAt().isAfter(at) ? s.lastAt() : at,
                            s.ranges() + 1,
                            s.firstRange()));
            return false;
        }
        sessions.add(new Session(video, practitioner, use, at, at, 1, range.toString()));
        return true;
    }

    /** The sessions noted, in the order they began. */
    public synchronized List<Session> sessions() {
        return List.copyOf(sessions);
    }
}
