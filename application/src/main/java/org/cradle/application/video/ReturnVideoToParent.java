package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/**
 * Gives a video back to the parent whose property it is: its one copy for them, downloadable once, by
 * the video's circle or a team manager. Recorded before a byte is sent; deleting it is then the next step.
 */
@ApplicationScoped
public class ReturnVideoToParent {

    private final Videos videos;
    private final VideoSealings sealings;
    private final VideoBytes bytes;
    private final HeldVideos held;

    public ReturnVideoToParent(Videos videos, VideoSealings sealings, VideoBytes bytes, HeldVideos held) {
        this.videos = videos;
        this.sealings = sealings;
        this.bytes = bytes;
        this.held = held;
    }

    @Transactional
    public Playback giveBack(Actor actor, VideoId id, long expectedVersion) {
        Video video = held.find(actor, id);
        Permit permit = held.toDecide(actor, video);
        video.requireVersion(expectedVersion);
        video.requirePlayable();
        video.returnToParent(actor, permit.at());
        videos.update(video);
        permit.handOver(VideoFacts.of(AuditAction.VIDEO_RETURNED_TO_PARENT, video));
        return new Playback(
                video, ByteRange.whole(video.length()), false, sealings.find(id).orElseThrow(), bytes);
    }
}
