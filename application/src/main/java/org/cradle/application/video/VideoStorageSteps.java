package org.cradle.application.video;

import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.SystemProcess;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/**
 * The transactions of storage operations (integrity checks, expiry, re-wrapping keys), each short, with
 * the bytes read or removed between them outside any.
 */
@Dependent
public class VideoStorageSteps {

    private final Videos videos;
    private final VideoSealings sealings;
    private final VideoCipher cipher;
    private final Access access;

    public VideoStorageSteps(Videos videos, VideoSealings sealings, VideoCipher cipher, Access access) {
        this.videos = videos;
        this.sealings = sealings;
        this.cipher = cipher;
        this.access = access;
    }

    @Transactional
    Optional<Video> find(Actor actor, VideoId id) {
        access.require(actor, Capability.MANAGE_VIDEO_STORAGE);
        return videos.find(id).filter(video -> heldFor(actor, video));
    }

    /** An organisation's administrators see its own videos; Cradle's housekeeping sees every one. */
    private static boolean heldFor(Actor actor, Video video) {
        return actor instanceof SystemProcess || video.organisation().equals(actor.organisation());
    }

    @Transactional
    List<Video> dueForCheck(Actor actor, java.time.Instant before, int limit) {
        access.require(actor, Capability.MANAGE_VIDEO_STORAGE);
        return videos.dueForCheck(before, limit);
    }

    @Transactional
    Video checked(Actor actor, VideoId id, boolean intact) {
        Permit permit = access.require(actor, Capability.MANAGE_VIDEO_STORAGE);
        Video video = videos.find(id).orElseThrow();
        video.integrityChecked(intact, permit.at());
        videos.update(video);
        permit.handOver(storageFact(AuditAction.VIDEO_INTEGRITY_CHECKED, video));
        return video;
    }

    @Transactional
    List<Video> expired(Actor actor, int limit) {
        Permit permit = access.require(actor, Capability.MANAGE_VIDEO_STORAGE);
        return videos.expiredUploads(permit.at(), limit);
    }

    @Transactional
    Video expire(Actor actor, VideoId id) {
        Permit permit = access.require(actor, Capability.MANAGE_VIDEO_STORAGE);
        Video video = videos.find(id).orElseThrow();
        video.abandon(permit.at());
        videos.update(video);
        sealings.destroyKey(id, permit.at());
        permit.handOver(storageFact(AuditAction.VIDEO_UPLOAD_EXPIRED, video));
        return video;
    }

    /** Re-wraps up to {@code limit} data keys by the primary master key; returns how many it did. */
    @Transactional
    /**
     * One batch of a rotation: how many keys it re-wrapped and how many it could not, those of them the
     * actor's organisation holds (a rotation is the deployment's, its videos are not), and the last it met.
     */
    record Rewrapping(int rewrapped, int unreadable, List<VideoId> unreadableHeld, VideoId last) {}

    Rewrapping rewrap(Actor actor, VideoId after, int limit) {
        access.require(actor, Capability.MANAGE_VIDEO_STORAGE);
        List<VideoSealings.Sealing> due = sealings.wrappedByOtherThan(cipher.primaryMasterKey(), after, limit);
        int rewrapped = 0;
        int unreadable = 0;
        List<VideoId> held = new java.util.ArrayList<>();
        for (VideoSealings.Sealing sealing : due) {
            try {
                sealings.update(sealing.withKey(cipher.rewrap(sealing.key())));
                rewrapped++;
            } catch (VideoCipher.UnreadableKey e) {
                // Its master key is no longer in the keyset: the rotation goes on and says which it left.
                unreadable++;
                videos.find(sealing.video())
                        .filter(video -> heldFor(actor, video))
                        .ifPresent(video -> held.add(video.id()));
            }
        }
        return new Rewrapping(
                rewrapped,
                unreadable,
                held,
                due.isEmpty() ? null : due.get(due.size() - 1).video());
    }

    String primaryMasterKey() {
        return cipher.primaryMasterKey();
    }

    /** A storage operation names the video and its family, never a person: it saw no one's information. */
    private static Fact.OfRecord storageFact(AuditAction what, Video video) {
        return Fact.of(what, RecordType.VIDEO, video.id().value()).in(video.family());
    }
}
