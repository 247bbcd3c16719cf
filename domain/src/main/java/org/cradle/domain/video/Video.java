package org.cradle.domain.video;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.TooLargeException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.Membership;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * A session video, held by the organisation of the episode it was recorded in, from the creation of its
 * upload to its destruction. It is the parent's property unless a recorded decision makes it part of the
 * infant's formal record; it may be given back to the parent once, and deleted. Its bytes are kept
 * sealed elsewhere; this is what Cradle knows of them: how many there are, how many arrived, their
 * format (from the bytes themselves) and their SHA-256.
 */
public final class Video {

    /** Everything stored of a video, for persistence to keep and give back. */
    public record Snapshot(
            VideoId id,
            EpisodeId episode,
            FamilyId family,
            OrganisationId organisation,
            VideoDetails details,
            long length,
            long received,
            VideoFormat format,
            VideoState state,
            String sha256,
            Ownership ownership,
            List<OwnershipDecision> decisions,
            LocalDate summaryWrittenOn,
            String summaryRecordedBy,
            Instant returnedAt,
            String returnedBy,
            Integrity integrity,
            Instant integrityCheckedAt,
            Instant createdAt,
            String createdBy,
            Instant expiresAt,
            Instant endedAt,
            long version) {}

    private final VideoId id;
    private final EpisodeId episode;
    private final FamilyId family;
    private final OrganisationId organisation;
    private final VideoDetails details;
    private final long length;
    private long received;
    private VideoFormat format;
    private VideoState state;
    private String sha256;
    private Ownership ownership;
    private final List<OwnershipDecision> decisions;
    private LocalDate summaryWrittenOn;
    private String summaryRecordedBy;
    private Instant returnedAt;
    private String returnedBy;
    private Integrity integrity;
    private Instant integrityCheckedAt;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant expiresAt;
    private Instant endedAt;
    private final long version;

    private Video(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.episode = Objects.requireNonNull(s.episode(), "episode");
        this.family = Objects.requireNonNull(s.family(), "family");
        this.organisation = Objects.requireNonNull(s.organisation(), "organisation");
        this.details = Objects.requireNonNull(s.details(), "details");
        this.length = s.length();
        this.received = s.received();
        this.format = s.format();
        this.state = Objects.requireNonNull(s.state(), "state");
        this.sha256 = s.sha256();
        this.ownership = Objects.requireNonNull(s.ownership(), "ownership");
        this.decisions = new ArrayList<>(s.decisions());
        this.summaryWrittenOn = s.summaryWrittenOn();
        this.summaryRecordedBy = s.summaryRecordedBy();
        this.returnedAt = s.returnedAt();
        this.returnedBy = s.returnedBy();
        this.integrity = Objects.requireNonNull(s.integrity(), "integrity");
        this.integrityCheckedAt = s.integrityCheckedAt();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.createdBy = Objects.requireNonNull(s.createdBy(), "createdBy");
        this.expiresAt = Objects.requireNonNull(s.expiresAt(), "expiresAt");
        this.endedAt = s.endedAt();
        this.version = s.version();
    }

    /**
     * Creates the upload of a video recorded in {@code episode} of {@code family}, held by the episode's
     * organisation {@code holder}: everyone it names as appearing must be a
     * member of the episode's family, its length within {@code maxLength}, its session not in the future.
     *
     * @param declared the format the upload says it is in, until the first bytes tell
     * @param expiresAt when an upload not finished by then is abandoned
     */
    public static Video reserve(
            VideoId id,
            EpisodeId episode,
            OrganisationId holder,
            Family family,
            VideoDetails details,
            Optional<VideoFormat> declared,
            long length,
            long maxLength,
            Actor by,
            Instant now,
            LocalDate today,
            Instant expiresAt) {
        if (length < 1) {
            throw new InvalidValueException("Upload-Length", "positive", "Upload-Length must be at least 1 byte.");
        }
        if (length > maxLength) {
            throw new TooLargeException(
                    "Upload-Length",
                    "over-limit",
                    "A video may be at most " + maxLength + " bytes; this one would be " + length + ".");
        }
        if (details.recordedOn().isAfter(today)) {
            throw new InvalidValueException("recordedOn", "not-in-future", "recordedOn cannot be in the future.");
        }
        for (PersonId person : details.appearing()) {
            if (family.membershipOf(person).isEmpty()) {
                throw new RuleViolationException(
                        "appearing", "not-a-member", "Person " + person + " is not a member of the family.");
            }
        }
        return new Video(new Snapshot(
                id,
                episode,
                family.id(),
                holder,
                details,
                length,
                0,
                declared.orElse(null),
                VideoState.RESERVED,
                null,
                Ownership.PARENT_PROPERTY,
                List.of(),
                null,
                null,
                null,
                null,
                Integrity.UNCHECKED,
                null,
                now,
                by.subject(),
                expiresAt,
                null,
                0));
    }

    public static Video reconstitute(Snapshot snapshot) {
        return new Video(snapshot);
    }

    /**
     * The adults who appear, whose consent a recording needs: everyone appearing but the family's
     * children (a child's consent is given by those with parental responsibility, who are asked for theirs).
     */
    public static Set<PersonId> adultsAppearing(Set<PersonId> appearing, Family family) {
        return appearing.stream()
                .filter(person -> family.membershipOf(person)
                        .map(Membership::role)
                        .filter(role -> role != FamilyRole.CHILD)
                        .isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Refuses bytes offered at {@code offset} unless the upload is still receiving, not expired, and has
     * received exactly that many bytes: a client resumes from where the upload got to, never elsewhere.
     */
    public void requireResumableAt(long offset, Instant now) {
        if (!state.receiving() || !now.isBefore(expiresAt)) {
            throw new ConflictException(
                    "upload-ended",
                    "This upload is " + (state == VideoState.COMPLETE ? "complete" : "no longer receiving") + ".");
        }
        if (offset != received) {
            throw new ConflictException(
                    "offset-mismatch",
                    "Upload-Offset is " + offset + " but the upload has received " + received + " bytes: resume from "
                            + received + ".");
        }
    }

    /** Checks the version the caller read: two requests appending to one upload at once cannot both succeed. */
    public void requireVersion(long expected) {
        if (expected != version) {
            throw new StaleVersionException("video", id, expected, version);
        }
    }

    /**
     * Records {@code bytes} more received; the first bytes name the format, which is the one the upload
     * declared, if it declared one (the caller refuses bytes of another).
     */
    public void received(long bytes, VideoFormat sniffed) {
        if (!state.receiving()) {
            throw new IllegalStateException("video " + id + " is " + state);
        }
        if (bytes < 0 || received + bytes > length) {
            throw new IllegalArgumentException("received past the declared length");
        }
        if (sniffed != null) {
            format = sniffed;
        }
        received += bytes;
        state = VideoState.RECEIVING;
    }

    /** Every byte received, sealed, and hashed on the way in. */
    public void complete(String sha256) {
        if (received != length) {
            throw new IllegalStateException("video " + id + " has " + received + " of " + length + " bytes");
        }
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        state = VideoState.COMPLETE;
    }

    /** The upload will not go on: ended by its uploader, or abandoned past its expiry. */
    public void abandon(Instant at) {
        if (!state.receiving()) {
            throw new ConflictException(
                    "upload-ended", "This upload is " + state.name().toLowerCase() + ".");
        }
        state = VideoState.ABANDONED;
        endedAt = at;
    }

    /** A recorded decision on whose the video is, with its reason. */
    public OwnershipDecision decideOwnership(Ownership to, String reason, Actor by, Instant at) {
        requireComplete();
        if (to == ownership) {
            throw new ConflictException("ownership-unchanged", "The video is already " + to + ".");
        }
        if (returnedAt != null) {
            throw new ConflictException("returned", "The video was given back to the parent.");
        }
        OwnershipDecision decision = new OwnershipDecision(to, reason, by.subject(), at);
        decisions.add(decision);
        ownership = to;
        return decision;
    }

    /** A summary of the video was written into the record on {@code on}: the recording's retention clock starts. */
    public void summaryWritten(LocalDate on, Actor by, LocalDate today) {
        requireComplete();
        if (on.isBefore(details.recordedOn())) {
            throw new InvalidValueException(
                    "writtenOn", "not-before-recording", "writtenOn cannot be before the video was recorded.");
        }
        if (on.isAfter(today)) {
            throw new InvalidValueException("writtenOn", "not-in-future", "writtenOn cannot be in the future.");
        }
        if (summaryWrittenOn != null) {
            throw new ConflictException(
                    "summary-recorded", "A summary of this video was already recorded, on " + summaryWrittenOn + ".");
        }
        summaryWrittenOn = on;
        summaryRecordedBy = by.subject();
    }

    /** The one copy for the parent is taken: a video of the formal record stays with the record. */
    public void returnToParent(Actor by, Instant at) {
        requireComplete();
        if (ownership != Ownership.PARENT_PROPERTY) {
            throw new RuleViolationException(
                    "ownership",
                    "formal-record",
                    "A video that is part of the infant's formal record is kept with it, not given back.");
        }
        if (returnedAt != null) {
            throw new ConflictException(
                    "already-returned", "The parent's copy was already downloaded, at " + returnedAt + ".");
        }
        returnedAt = at;
        returnedBy = by.subject();
    }

    /** Deleted or destroyed: its key is gone, so are its bytes. */
    public void destroy(Instant at) {
        if (state == VideoState.DESTROYED) {
            throw new ConflictException("destroyed", "The video was already deleted.");
        }
        state = VideoState.DESTROYED;
        endedAt = at;
    }

    public void integrityChecked(boolean intact, Instant at) {
        integrity = intact ? Integrity.INTACT : Integrity.FAILED;
        integrityCheckedAt = at;
    }

    /** Refuses to play or hand over a video that is not whole. */
    public void requirePlayable() {
        if (state != VideoState.COMPLETE) {
            throw new ConflictException(
                    "not-complete",
                    state == VideoState.DESTROYED
                            ? "The video was deleted."
                            : "The video's upload is not complete: " + received + " of " + length + " bytes.");
        }
        if (integrity == Integrity.FAILED) {
            throw new ConflictException(
                    "integrity-failed",
                    "The video's stored bytes failed their integrity check: it is not served until it is restored.");
        }
    }

    private void requireComplete() {
        if (state != VideoState.COMPLETE) {
            throw new ConflictException(
                    "not-complete", "The video is " + state.name().toLowerCase() + ".");
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(
                id,
                episode,
                family,
                organisation,
                details,
                length,
                received,
                format,
                state,
                sha256,
                ownership,
                List.copyOf(decisions),
                summaryWrittenOn,
                summaryRecordedBy,
                returnedAt,
                returnedBy,
                integrity,
                integrityCheckedAt,
                createdAt,
                createdBy,
                expiresAt,
                endedAt,
                version);
    }

    public VideoId id() {
        return id;
    }

    public EpisodeId episode() {
        return episode;
    }

    public FamilyId family() {
        return family;
    }

    public OrganisationId organisation() {
        return organisation;
    }

    public VideoDetails details() {
        return details;
    }

    public long length() {
        return length;
    }

    public long received() {
        return received;
    }

    public Optional<VideoFormat> format() {
        return Optional.ofNullable(format);
    }

    public VideoState state() {
        return state;
    }

    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    public Ownership ownership() {
        return ownership;
    }

    public List<OwnershipDecision> decisions() {
        return List.copyOf(decisions);
    }

    public Optional<LocalDate> summaryWrittenOn() {
        return Optional.ofNullable(summaryWrittenOn);
    }

    public Optional<Instant> returnedAt() {
        return Optional.ofNullable(returnedAt);
    }

    public Integrity integrity() {
        return integrity;
    }

    public Optional<Instant> integrityCheckedAt() {
        return Optional.ofNullable(integrityCheckedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public long version() {
        return version;
    }
}
