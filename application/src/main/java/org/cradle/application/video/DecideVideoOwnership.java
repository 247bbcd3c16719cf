package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.video.Ownership;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/**
 * Records a decision on whose a video is: the parent's property, kept only for the work, or part of the
 * infant's formal record, kept as long as that record. Made with a reason, by the video's circle or a
 * team manager, on the version the decider read; every decision is kept.
 */
@ApplicationScoped
public class DecideVideoOwnership {

    private final Videos videos;
    private final HeldVideos held;

    public DecideVideoOwnership(Videos videos, HeldVideos held) {
        this.videos = videos;
        this.held = held;
    }

    @Transactional
    public Video decide(Actor actor, VideoId id, long expectedVersion, Ownership to, String reason) {
        Video video = held.find(actor, id);
        Permit permit = held.toDecide(actor, video);
        video.requireVersion(expectedVersion);
        video.decideOwnership(to, reason, actor, permit.at());
        videos.update(video);
        permit.handOver(VideoFacts.of(AuditAction.VIDEO_OWNERSHIP_DECIDED, video));
        return video;
    }
}
