package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.Clock;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/**
 * Appends bytes to a video's upload at the offset the client says it got to (tus PATCH): refused unless
 * that is where the upload is. The bytes are sealed and stored as they come, outside any transaction,
 * and only then is the new offset recorded; a request cut off keeps what arrived before the cut, so the
 * client resumes from there. The first bytes must be a video of the kind the upload declared: a file
 * that only says it is one is refused and nothing of it kept.
 */
@ApplicationScoped
public class ReceiveVideoBytes {

    private final VideoUploadSteps steps;
    private final VideoBytes bytes;
    private final Clock clock;

    public ReceiveVideoBytes(VideoUploadSteps steps, VideoBytes bytes, Clock clock) {
        this.steps = steps;
        this.bytes = bytes;
        this.clock = clock;
    }

    public Video receive(Actor actor, VideoId id, long offset, InputStream body) {
        VideoUploadSteps.Claimed claimed = steps.claim(actor, id, offset);
        Video video = claimed.video();
        VideoBytes.Appended appended;
        try {
            appended = bytes.append(video, claimed.sealing(), body, video.format());
        } catch (VideoBytes.NotAVideo e) {
            steps.refuse(actor, id, clock.instant());
            bytes.remove(claimed.sealing(), video.received());
            throw new RuleViolationException("Upload-Metadata", "not-a-video", e.getMessage());
        } catch (RuntimeException e) {
            steps.release(id);
            throw e;
        }
        Video after = steps.record(actor, video, appended);
        if (after.received() != video.received()) {
            bytes.forgetTail(claimed.sealing(), video.received());
        }
        return after;
    }
}
