package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/**
 * Deletes a video at the parent's request or after its return, by crypto-shredding: its data key is
 * destroyed in the same transaction that records the deletion, so no copy of its bytes (a backup, a
 * store's replica) can be read from then on; the blob itself is removed after (and again by the
 * housekeeping, if the store was down). A video of the formal
 * record is not deleted this way: it is kept, and destroyed, as that record is.
 */
@ApplicationScoped
public class DeleteVideo {

    private final VideoDecisionSteps steps;
    private final VideoSealings sealings;
    private final LeftoverVideoBlobs blobs;

    public DeleteVideo(VideoDecisionSteps steps, VideoSealings sealings, LeftoverVideoBlobs blobs) {
        this.steps = steps;
        this.sealings = sealings;
        this.blobs = blobs;
    }

    public Video delete(Actor actor, VideoId id, long expectedVersion) {
        Video deleted = steps.delete(actor, id, expectedVersion);
        sealings.find(id).ifPresent(sealing -> blobs.remove(sealing, deleted.received()));
        return deleted;
    }
}
