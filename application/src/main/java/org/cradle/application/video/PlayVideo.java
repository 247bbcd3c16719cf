package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.consent.Consents;
import org.cradle.application.family.Families;
import org.cradle.domain.access.Need;
import org.cradle.domain.access.VideoUse;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.Family;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoConsents;
import org.cradle.domain.video.VideoId;

/**
 * Plays a video, or the range of it a player asks for, for a use: the work, supervision or training. The
 * policy decides who may, with whose consent to that use is not in force today; the audit trail records
 * the playback once per session (its first range), not once per range a player fetches as it seeks.
 * Only a whole, unfailed video is played.
 */
@ApplicationScoped
public class PlayVideo {

    private final Videos videos;
    private final VideoSealings sealings;
    private final Families families;
    private final Consents consents;
    private final VideoPlaybacks playbacks;
    private final VideoBytes bytes;
    private final VideoSettings settings;
    private final Access access;
    private final HeldVideos held;
    private final Clock clock;

    public PlayVideo(
            Videos videos,
            VideoSealings sealings,
            Families families,
            Consents consents,
            VideoPlaybacks playbacks,
            VideoBytes bytes,
            VideoSettings settings,
            Access access,
            HeldVideos held,
            Clock clock) {
        this.videos = videos;
        this.sealings = sealings;
        this.families = families;
        this.consents = consents;
        this.playbacks = playbacks;
        this.bytes = bytes;
        this.settings = settings;
        this.access = access;
        this.held = held;
        this.clock = clock;
    }

    /**
     * @param range the range asked for, if any
     * @param ifRange the entity tag the player's copy has: a range of another version is not sent, the whole is
     */
    @Transactional
    public Playback play(Actor actor, VideoId id, VideoUse use, Optional<RangeRequest> range, String ifRange) {
        Video video = held.find(actor, id);
        // The work needs no consent beyond the one to record: the family and consents are read only for
        // supervision and training, not for every range a player fetches.
        Set<PersonId> withoutConsent = use.consentPurpose()
                .map(purpose -> {
                    Family family = families.require(video.family());
                    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
                    Set<PersonId> adults = Video.adultsAppearing(video.details().appearing(), family);
                    return VideoConsents.lacking(
                            purpose,
                            video.organisation(),
                            adults,
                            consents.membersWithConsentsInForce(family.id(), adults, today),
                            today);
                })
                .orElse(Set.of());
        Permit permit = access.require(
                actor,
                new Need.PlayVideo(HeldVideos.held(video), use, withoutConsent),
                video.family(),
                RecordType.VIDEO,
                video.id().value());
        video.requirePlayable();
        boolean ranged = range.isPresent() && (ifRange == null || ifRange.equals(Playback.etag(video)));
        ByteRange sent = ranged
                ? range.get().resolve(video.length()).orElseThrow(() -> new RangeRequest.Unsatisfiable(video.length()))
                : ByteRange.whole(video.length());
        if (playbacks.played(video.id(), actor.subject(), use, sent, permit.at(), settings.playbackSession())) {
            permit.handOver(VideoFacts.of(AuditAction.VIDEO_PLAYED, video));
        }
        return new Playback(video, sent, ranged, sealings.find(id).orElseThrow(), bytes);
    }
}
