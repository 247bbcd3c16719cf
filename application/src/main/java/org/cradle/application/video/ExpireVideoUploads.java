package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.video.Video;

/**
 * Abandons uploads whose time ran out: no video is left visible, their data keys are destroyed and their
 * bytes removed, so nothing half-received stays behind. Run by Cradle on a schedule.
 */
@ApplicationScoped
public class ExpireVideoUploads {

    private static final int BATCH = 100;

    private final VideoStorageSteps steps;
    private final VideoSealings sealings;
    private final LeftoverVideoBlobs blobs;

    public ExpireVideoUploads(VideoStorageSteps steps, VideoSealings sealings, LeftoverVideoBlobs blobs) {
        this.steps = steps;
        this.sealings = sealings;
        this.blobs = blobs;
    }

    /** Returns how many uploads it abandoned. */
    public int expire(Actor actor) {
        int count = 0;
        for (Video upload : steps.expired(actor, BATCH)) {
            Video ended = steps.expire(actor, upload.id());
            sealings.find(upload.id()).ifPresent(sealing -> blobs.remove(sealing, ended.received()));
            count++;
        }
        return count;
    }
}
