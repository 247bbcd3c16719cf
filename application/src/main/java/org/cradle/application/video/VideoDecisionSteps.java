package org.cradle.application.video;

import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.video.Ownership;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/** The transaction of a deletion, before the bytes are removed outside it. */
@Dependent
public class VideoDecisionSteps {

    private final Videos videos;
    private final VideoSealings sealings;
    private final HeldVideos held;
    private final Access access;

    public VideoDecisionSteps(Videos videos, VideoSealings sealings, HeldVideos held, Access access) {
        this.videos = videos;
        this.sealings = sealings;
        this.held = held;
        this.access = access;
    }

    @Transactional
    Video delete(Actor actor, VideoId id, long expectedVersion) {
        Video video = held.find(actor, id);
        // Asked here, not through the shared step: a deletion is its own transaction, before the bytes go.
        Permit permit = access.require(
                actor,
                HeldVideos.decision(video),
                video.family(),
                RecordType.VIDEO,
                video.id().value());
        video.requireVersion(expectedVersion);
        if (video.ownership() == Ownership.FORMAL_RECORD) {
            throw new RuleViolationException(
                    "ownership",
                    "formal-record",
                    "A video that is part of the infant's formal record is kept, and destroyed, as that record is.");
        }
        video.destroy(permit.at());
        videos.update(video);
        sealings.destroyKey(id, permit.at());
        permit.handOver(VideoFacts.of(AuditAction.VIDEO_DELETED, video));
        return video;
    }
}
