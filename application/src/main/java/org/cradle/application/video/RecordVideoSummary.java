package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/**
 * Records that an accurate summary of the video was written into the record, and on which day: from
 * then the recording may go after the organisation's grace period (NHS-RECORDING), unless it is part
 * of the formal record.
 */
@ApplicationScoped
public class RecordVideoSummary {

    private final Videos videos;
    private final HeldVideos held;
    private final Clock clock;

    public RecordVideoSummary(Videos videos, HeldVideos held, Clock clock) {
        this.videos = videos;
        this.held = held;
        this.clock = clock;
    }

    @Transactional
    public Video record(Actor actor, VideoId id, long expectedVersion, LocalDate writtenOn) {
        Video video = held.find(actor, id);
        Permit permit = held.toDecide(actor, video);
        video.requireVersion(expectedVersion);
        video.summaryWritten(writtenOn, actor, LocalDate.ofInstant(permit.at(), clock.getZone()));
        videos.update(video);
        permit.handOver(VideoFacts.of(AuditAction.VIDEO_SUMMARY_RECORDED, video));
        return video;
    }
}
