package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/**
 * How far an upload got (tus HEAD), for its uploader to resume from: its offset and length, which say
 * nothing about anyone, so nothing is handed to the audit trail beyond the access check itself.
 */
@ApplicationScoped
public class ReadUploadOffset {

    private final VideoUploadSteps steps;

    public ReadUploadOffset(VideoUploadSteps steps) {
        this.steps = steps;
    }

    @Transactional
    public Video read(Actor actor, VideoId id) {
        Video video = steps.uploadOf(actor, id);
        steps.permitToUpload(actor, video);
        return video;
    }
}
