package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;
import org.cradle.domain.video.VideoState;

/**
 * Checks that a video's stored bytes are whole: every part opens (so none was altered, swapped or cut)
 * and the whole has the SHA-256 taken on the way in. On demand for one video, by those who run video
 * storage, and in the background for those least recently checked. A video that fails is marked, and
 * from then on is not served until it is restored and checked again.
 */
@ApplicationScoped
public class CheckVideoIntegrity {

    private final VideoStorageSteps steps;
    private final VideoSealings sealings;
    private final VideoBytes bytes;
    private final Access access;
    private final Clock clock;

    public CheckVideoIntegrity(
            VideoStorageSteps steps, VideoSealings sealings, VideoBytes bytes, Access access, Clock clock) {
        this.steps = steps;
        this.sealings = sealings;
        this.bytes = bytes;
        this.access = access;
        this.clock = clock;
    }

    public Video check(Actor actor, VideoId id) {
        Video video = access.found(
                actor,
                steps.find(actor, id).filter(v -> v.state() == VideoState.COMPLETE),
                RecordType.VIDEO,
                id.value());
        boolean intact =
                sealings.find(id).map(sealing -> bytes.intact(video, sealing)).orElse(false);
        return steps.checked(actor, id, intact);
    }
}
