package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.consent.Consents;
import org.cradle.application.episode.Episodes;
import org.cradle.application.family.Families;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.Family;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoConsents;
import org.cradle.domain.video.VideoDetails;
import org.cradle.domain.video.VideoFormat;
import org.cradle.domain.video.VideoId;

/**
 * Creates the upload of a session video on an episode (tus creation): its metadata and length, before
 * any byte. Only an organisation working with the family, with the episode open, about people it works
 * with, and only when every adult who appears has a consent in force to being recorded, given to that
 * organisation (capability {@code RECORD_VIDEOS}). The video gets its own data key now.
 */
@ApplicationScoped
public class CreateVideoUpload {

    /**
     * @param declared the format the client says the file is in, if it says: the bytes must agree
     */
    public record Command(EpisodeId episode, VideoDetails details, long length, Optional<VideoFormat> declared) {
        public Command {
            Objects.requireNonNull(episode, "episode");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(declared, "declared");
        }
    }

    private final Episodes episodes;
    private final Families families;
    private final Consents consents;
    private final Videos videos;
    private final VideoSealings sealings;
    private final VideoCipher cipher;
    private final VideoSettings settings;
    private final Access access;
    private final Clock clock;

    public CreateVideoUpload(
            Episodes episodes,
            Families families,
            Consents consents,
            Videos videos,
            VideoSealings sealings,
            VideoCipher cipher,
            VideoSettings settings,
            Access access,
            Clock clock) {
        this.episodes = episodes;
        this.families = families;
        this.consents = consents;
        this.videos = videos;
        this.sealings = sealings;
        this.cipher = cipher;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Video create(Actor actor, Command command) {
        Episode episode = access.found(
                actor,
                episodes.find(command.episode()),
                RecordType.EPISODE,
                command.episode().value());
        // The episode's own organisation records in it: refused, and so audited, like any change to it.
        Permit permit = access.require(
                actor,
                new Need.ChangeRecord(HeldRecord.episode(episode.organisation()), Capability.RECORD_VIDEOS),
                episode.family(),
                RecordType.EPISODE,
                episode.id().value());
        for (PersonId person : command.details().appearing()) {
            permit = access.require(
                    actor,
                    new Need.RecordAbout(person, Capability.RECORD_VIDEOS),
                    episode.family(),
                    RecordType.EPISODE,
                    episode.id().value());
        }
        Family family = families.require(episode.family());
        LocalDate today = LocalDate.ofInstant(permit.at(), clock.getZone());
        Video video = Video.reserve(
                VideoId.newId(),
                episode.id(),
                episode.organisation(),
                family,
                command.details(),
                command.declared(),
                command.length(),
                settings.maxLength(),
                actor,
                permit.at(),
                today,
                permit.at().plus(settings.uploadExpiry()));
        Set<PersonId> adults = Video.adultsAppearing(command.details().appearing(), family);
        Set<PersonId> lacking = VideoConsents.lacking(
                Purpose.VIDEO_RECORDING,
                episode.organisation(),
                adults,
                consents.membersWithConsentsInForce(family.id(), adults, today),
                today);
        if (!lacking.isEmpty()) {
            throw new RuleViolationException(
                    "appearing",
                    "no-recording-consent",
                    "No consent in force to being recorded, given to " + episode.organisation() + ", for "
                            + lacking.stream().map(PersonId::toString).sorted().collect(Collectors.joining(", "))
                            + ": every adult who appears must have one before a session is uploaded.");
        }
        videos.add(video);
        sealings.add(VideoSealings.Sealing.start(video.id(), cipher.newKey(), settings.chunkSize()));
        permit.handOver(VideoFacts.of(AuditAction.VIDEO_UPLOAD_CREATED, video));
        return video;
    }
}
