package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/** A video's record: who appears, when, who filmed it, its ownership and decisions; never its picture. */
@ApplicationScoped
public class GetVideo {

    private final Videos videos;
    private final HeldVideos held;

    public GetVideo(Videos videos, HeldVideos held) {
        this.videos = videos;
        this.held = held;
    }

    @Transactional
    public Video get(Actor actor, VideoId id) {
        Video video = held.find(actor, id);
        Permit permit = held.toSee(actor, video);
        permit.handOver(VideoFacts.of(AuditAction.VIDEO_READ, video));
        return video;
    }
}
