package org.cradle.application.video;

import java.time.Duration;
import java.time.Instant;
import org.cradle.domain.access.VideoUse;
import org.cradle.domain.video.VideoId;

/**
 * Who played which video, and which ranges: a player asks for many ranges as it plays and seeks, and
 * the audit trail records a playback once per session, not once per range.
 */
public interface VideoPlaybacks {

    /**
     * Notes a range played by {@code practitioner}; returns whether it began a new playback session (none
     * of theirs of this video for this use in the last {@code session}).
     */
    boolean played(VideoId video, String practitioner, VideoUse use, ByteRange range, Instant at, Duration session);
}
