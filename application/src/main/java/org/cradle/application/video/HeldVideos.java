package org.cradle.application.video;

import jakarta.enterprise.context.Dependent;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;
import org.cradle.domain.video.VideoState;

/**
 * A video found for an actor and the policy's permit for it: the step every use case on one video starts
 * with.
 */
@Dependent
public class HeldVideos {

    private final Access access;
    private final Videos videos;

    public HeldVideos(Access access, Videos videos) {
        this.access = access;
        this.videos = videos;
    }

    /** The video, unless abandoned (then there is none to find), as the actor may see it. */
    Video find(Actor actor, VideoId id) {
        Video video = access.found(actor, videos.find(id), RecordType.VIDEO, id.value());
        if (video.state() == VideoState.ABANDONED) {
            access.found(actor, java.util.Optional.empty(), RecordType.VIDEO, id.value());
        }
        return video;
    }

    static HeldRecord held(Video video) {
        return HeldRecord.video(
                video.organisation(),
                video.details().appearing(),
                video.details().recordedBy());
    }

    Permit toSee(Actor actor, Video video) {
        return access.require(
                actor,
                new Need.SeeRecord(held(video), Capability.WATCH_VIDEOS),
                video.family(),
                RecordType.VIDEO,
                video.id().value());
    }

    Permit toDecide(Actor actor, Video video) {
        return access.require(
                actor,
                decision(video),
                video.family(),
                RecordType.VIDEO,
                video.id().value());
    }

    /** The need of a decision on a video (its ownership, summary, return, deletion). */
    static Need decision(Video video) {
        return new Need.ChangeRecord(held(video), Capability.RECORD_VIDEOS);
    }
}
