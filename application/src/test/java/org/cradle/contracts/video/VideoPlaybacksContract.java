package org.cradle.contracts.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.cradle.application.video.ByteRange;
import org.cradle.application.video.VideoPlaybacks;
import org.cradle.contracts.PortContract;
import org.cradle.domain.access.VideoUse;
import org.cradle.domain.video.VideoId;
import org.junit.jupiter.api.Test;

/**
 * What every log of playbacks does: the first range a practitioner plays of a video for a use begins a
 * session, and each range played within the session gap of the last one goes on with it; a session is
 * each practitioner's own, for each use. It works in a caller's unit of work and outside any.
 */
public abstract class VideoPlaybacksContract extends PortContract {

    private static final Duration SESSION = Duration.ofMinutes(30);
    private static final Instant START = at("2026-04-01T09:00:00Z");

    protected abstract VideoPlaybacks playbacks();

    /** A video stored, for playbacks to be of. */
    protected abstract VideoId video();

    @Test
    void ranges_played_within_the_session_gap_of_the_last_go_on_with_its_session_and_a_later_one_begins_another() {
        VideoId video = video();

        assertThat(played(video, "p.viewer", VideoUse.WORK, 0, START)).isTrue();
        assertThat(played(video, "p.viewer", VideoUse.WORK, 5, START.plus(Duration.ofMinutes(20))))
                .isFalse();
        // Within the gap of the last range, though not of the first.
        assertThat(played(video, "p.viewer", VideoUse.WORK, 10, START.plus(Duration.ofMinutes(45))))
                .isFalse();
        assertThat(played(video, "p.viewer", VideoUse.WORK, 0, START.plus(Duration.ofMinutes(75))))
                .isFalse();
        assertThat(played(video, "p.viewer", VideoUse.WORK, 0, START.plus(Duration.ofMinutes(106))))
                .isTrue();
        assertThat(played(video, "p.viewer", VideoUse.WORK, 20, START.plus(Duration.ofMinutes(107))))
                .isFalse();
    }

    @Test
    void a_session_is_each_practitioners_own_for_each_use_and_each_video() {
        VideoId video = video();
        VideoId other = video();

        assertThat(played(video, "p.viewer", VideoUse.WORK, 0, START)).isTrue();
        assertThat(played(video, "p.supervisor", VideoUse.WORK, 0, START.plusSeconds(1)))
                .isTrue();
        assertThat(played(video, "p.viewer", VideoUse.SUPERVISION, 0, START.plusSeconds(2)))
                .isTrue();
        assertThat(played(video, "p.viewer", VideoUse.TRAINING, 0, START.plusSeconds(3)))
                .isTrue();
        assertThat(played(other, "p.viewer", VideoUse.WORK, 0, START.plusSeconds(4)))
                .isTrue();

        assertThat(played(video, "p.viewer", VideoUse.WORK, 1, START.plusSeconds(5)))
                .isFalse();
        assertThat(played(video, "p.supervisor", VideoUse.WORK, 1, START.plusSeconds(6)))
                .isFalse();
        assertThat(played(video, "p.viewer", VideoUse.SUPERVISION, 1, START.plusSeconds(7)))
                .isFalse();
        assertThat(played(other, "p.viewer", VideoUse.WORK, 1, START.plusSeconds(8)))
                .isFalse();
    }

    @Test
    void it_works_outside_any_unit_of_work() {
        VideoId video = video();

        assertThat(playbacks().played(video, "p.viewer", VideoUse.WORK, new ByteRange(0, 99), START, SESSION))
                .isTrue();
        assertThat(playbacks()
                        .played(
                                video,
                                "p.viewer",
                                VideoUse.WORK,
                                new ByteRange(100, 199),
                                START.plusSeconds(1),
                                SESSION))
                .isFalse();
    }

    /** Plays the {@code part}th hundred bytes, in a unit of work of its own. */
    private boolean played(VideoId video, String practitioner, VideoUse use, int part, Instant at) {
        ByteRange range = new ByteRange(part * 100L, part * 100L + 99);
        return transaction(() -> playbacks().played(video, practitioner, use, range, at, SESSION));
    }
}
