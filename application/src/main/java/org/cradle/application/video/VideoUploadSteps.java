package org.cradle.application.video;

import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.ConflictException;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/**
 * The short transactions around the bytes of an upload, which move outside any: before, the video is
 * checked and taken for appending; after, what arrived is recorded. Apart from the use cases that call
 * them, because a transaction begins only at a call from another bean.
 */
@Dependent
public class VideoUploadSteps {

    /** How long a request may append before another may take the upload over: longer than any request takes. */
    static final Duration HOLD = Duration.ofHours(1);

    record Claimed(Video video, VideoSealings.Sealing sealing) {}

    private final Videos videos;
    private final VideoSealings sealings;
    private final Access access;

    public VideoUploadSteps(Videos videos, VideoSealings sealings, Access access) {
        this.videos = videos;
        this.sealings = sealings;
        this.access = access;
    }

    /** The upload, checked for the actor, for the offset they resume at, and taken for them. */
    @Transactional
    Claimed claim(Actor actor, VideoId id, long offset) {
        Video video = uploadOf(actor, id);
        Permit permit = permitToUpload(actor, video);
        video.requireResumableAt(offset, permit.at());
        if (!sealings.claim(id, permit.at(), permit.at().plus(HOLD))) {
            throw new ConflictException(
                    "upload-busy", "Another request is appending to this upload; try again once it has ended.");
        }
        return new Claimed(video, sealings.find(id).orElseThrow());
    }

    /** What a request appended, recorded: the new offset, the sealing's state, the upload let go. */
    @Transactional
    Video record(Actor actor, Video claimed, VideoBytes.Appended appended) {
        Video video = videos.find(claimed.id()).orElseThrow();
        Permit permit = permitToUpload(actor, video);
        video.requireVersion(claimed.version());
        video.received(appended.bytes(), appended.sniffed().orElse(null));
        appended.sha256().ifPresent(video::complete);
        videos.update(video);
        sealings.update(appended.sealing());
        sealings.release(video.id());
        permit.handOver(VideoFacts.of(AuditAction.VIDEO_BYTES_RECEIVED, video));
        return video;
    }

    /** The bytes were not the video the upload said: nothing of it is kept. */
    @Transactional
    Video refuse(Actor actor, VideoId id, Instant at) {
        Video video = videos.find(id).orElseThrow();
        Permit permit = permitToUpload(actor, video);
        video.abandon(permit.at());
        videos.update(video);
        sealings.release(id);
        sealings.destroyKey(id, permit.at());
        permit.handOver(VideoFacts.of(AuditAction.VIDEO_UPLOAD_TERMINATED, video));
        return video;
    }

    /** The uploader ends the upload: nothing of it is kept. */
    @Transactional
    Video terminate(Actor actor, VideoId id) {
        Video video = uploadOf(actor, id);
        Permit permit = permitToUpload(actor, video);
        video.abandon(permit.at());
        videos.update(video);
        sealings.destroyKey(id, permit.at());
        permit.handOver(VideoFacts.of(AuditAction.VIDEO_UPLOAD_TERMINATED, video));
        return video;
    }

    @Transactional
    void release(VideoId id) {
        sealings.release(id);
    }

    /** The upload, for its uploader only; anyone else's is answered as if there were none. */
    Video uploadOf(Actor actor, VideoId id) {
        Video video = access.found(actor, videos.find(id), RecordType.VIDEO, id.value());
        if (!video.state().receiving() && video.state() != org.cradle.domain.video.VideoState.COMPLETE) {
            access.found(actor, java.util.Optional.empty(), RecordType.VIDEO, id.value());
        }
        return video;
    }

    /**
     * An upload is continued by whoever created it, while their organisation still works with everyone
     * in it on an open episode: the same need as creating it.
     */
    Permit permitToUpload(Actor actor, Video video) {
        if (!video.organisation().equals(actor.organisation())) {
            // Another organisation's upload is answered as if there were none, before anything else is asked.
            access.found(
                    actor,
                    java.util.Optional.empty(),
                    RecordType.VIDEO,
                    video.id().value());
        }
        Permit permit = null;
        for (var person : video.details().appearing()) {
            permit = access.require(
                    actor,
                    new Need.RecordAbout(person, Capability.RECORD_VIDEOS),
                    video.family(),
                    RecordType.VIDEO,
                    video.id().value());
        }
        if (!video.snapshot().createdBy().equals(actor.subject())) {
            throw new AccessDeniedException("An upload is continued only by whoever created it.");
        }
        return permit;
    }
}
