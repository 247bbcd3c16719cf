package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/**
 * Ends an upload before it is complete (tus termination): its data key destroyed and its bytes removed,
 * so nothing of it stays. A complete video is deleted by {@link DeleteVideo}, not by this.
 */
@ApplicationScoped
public class TerminateVideoUpload {

    private final VideoUploadSteps steps;
    private final VideoSealings sealings;
    private final LeftoverVideoBlobs blobs;

    public TerminateVideoUpload(VideoUploadSteps steps, VideoSealings sealings, LeftoverVideoBlobs blobs) {
        this.steps = steps;
        this.sealings = sealings;
        this.blobs = blobs;
    }

    public void terminate(Actor actor, VideoId id) {
        VideoSealings.Sealing sealing = sealings.find(id).orElse(null);
        Video ended = steps.terminate(actor, id);
        if (sealing != null) {
            blobs.remove(sealing, ended.received());
        }
    }
}
