package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.video.Integrity;
import org.cradle.domain.video.Video;

/**
 * The background integrity check: up to a batch of the videos least recently checked (never checked
 * first), each read through as {@link CheckVideoIntegrity} does; returns those that failed, to be reported.
 */
@ApplicationScoped
public class CheckDueVideos {

    private final VideoStorageSteps steps;
    private final VideoSealings sealings;
    private final VideoBytes bytes;
    private final Clock clock;

    public CheckDueVideos(VideoStorageSteps steps, VideoSealings sealings, VideoBytes bytes, Clock clock) {
        this.steps = steps;
        this.sealings = sealings;
        this.bytes = bytes;
        this.clock = clock;
    }

    public List<Video> check(Actor actor, Duration every, int limit) {
        List<Video> failed = new ArrayList<>();
        for (Video video : steps.dueForCheck(actor, clock.instant().minus(every), limit)) {
            boolean intact =
                    sealings.find(video.id()).map(s -> bytes.intact(video, s)).orElse(false);
            Video checked = steps.checked(actor, video.id(), intact);
            if (checked.integrity() == Integrity.FAILED) {
                failed.add(checked);
            }
        }
        return failed;
    }
}
