package org.cradle.adapters.rest.video;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.application.video.RewrapVideoKeys;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.video.Integrity;
import org.cradle.domain.video.Ownership;
import org.cradle.domain.video.OwnershipDecision;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoDetails;
import org.cradle.domain.video.VideoPurpose;
import org.cradle.domain.video.VideoState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the video endpoints; the bytes themselves go by tus and Range. */
public final class VideoMessages {

    private VideoMessages() {}

    @Schema(name = "Video", description = "What Cradle knows of a session video: never its picture.")
    public record VideoView(
            @Schema(example = "5b7c9d1e-3f5a-4b7c-9d1e-3f5a7b9c1d3e") UUID id,
            @Schema(example = "1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0") UUID episodeId,
            @Schema(example = "0b6f7a7e-6d1c-4c1e-9a53-2f8e6f1f2c11") UUID familyId,
            @Schema(
                            description = "The organisation that holds it: the episode's.",
                            example = "north-council",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(
                            description = "The members of the family who appear in it.",
                            example = "[\"a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6\"]",
                            maxItems = VideoDetails.MAX_APPEARING)
                    List<UUID> appearing,
            @Schema(description = "The day of the session.", example = "2026-11-20") LocalDate recordedOn,
            @Schema(description = "Who filmed it.", example = "j.adeyemi", maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String recordedBy,
            @Schema(description = "What it was recorded for.", example = "[\"INTERACTION_GUIDANCE\"]", maxItems = 5)
                    Set<VideoPurpose> purposes,
            @Schema(
                            nullable = true,
                            description = "A label, such as the file's name.",
                            example = "session-3.mp4",
                            maxLength = VideoDetails.MAX_TITLE_LENGTH)
                    String title,
            @Schema(
                            description = "Its length in bytes.",
                            example = "734003200",
                            minimum = "1",
                            maximum = ContractBounds.MOST_LONG)
                    long length,
            @Schema(
                            description = "How many bytes arrived; equals length once complete.",
                            example = "734003200",
                            minimum = "0",
                            maximum = ContractBounds.MOST_LONG)
                    long received,
            @Schema(
                            nullable = true,
                            description = "Its media type, from its first bytes (declared until they arrive).",
                            example = "video/mp4",
                            enumeration = {"video/mp4", "video/webm", "video/quicktime"},
                            maxLength = 16)
                    String mediaType,
            @Schema(example = "COMPLETE") VideoState state,
            @Schema(
                            nullable = true,
                            description = "The SHA-256 of its bytes, taken as they arrived; absent until complete.",
                            example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                            pattern = "^[0-9a-f]{64}$",
                            maxLength = 64)
                    String sha256,
            @Schema(example = "PARENT_PROPERTY") Ownership ownership,
            @Schema(description = "Every decision on its ownership, oldest first.", maxItems = 1000)
                    List<OwnershipDecisionView> ownershipDecisions,
            @Schema(
                            nullable = true,
                            description =
                                    "When a summary of it was written into the record: its retention runs from then.",
                            example = "2026-11-21")
                    LocalDate summaryWrittenOn,
            @Schema(
                            nullable = true,
                            description = "When the parent's one copy was downloaded.",
                            example = "2026-11-22T09:00:00Z")
                    Instant returnedToParentAt,
            @Schema(example = "UNCHECKED") Integrity integrity,
            @Schema(example = "2026-11-20T15:04:05Z") Instant createdAt,
            @Schema(description = "Until when an unfinished upload may go on.", example = "2026-11-21T15:04:05Z")
                    Instant uploadExpiresAt,
            @Schema(
                            description =
                                    "Send it back with a decision: if the video changed since, the answer is 409.",
                            example = "3",
                            minimum = "0",
                            maximum = ContractBounds.MOST_LONG)
                    long version) {

        static VideoView of(Video video) {
            return new VideoView(
                    video.id().value(),
                    video.episode().value(),
                    video.family().value(),
                    video.organisation().value(),
                    video.details().appearing().stream()
                            .map(p -> p.value())
                            .sorted()
                            .toList(),
                    video.details().recordedOn(),
                    video.details().recordedBy(),
                    video.details().purposes(),
                    video.details().label().orElse(null),
                    video.length(),
                    video.received(),
                    video.format().map(f -> f.mediaType()).orElse(null),
                    video.state(),
                    video.sha256().orElse(null),
                    video.ownership(),
                    video.decisions().stream().map(OwnershipDecisionView::of).toList(),
                    video.summaryWrittenOn().orElse(null),
                    video.returnedAt().orElse(null),
                    video.integrity(),
                    video.createdAt(),
                    video.expiresAt(),
                    video.version());
        }
    }

    @Schema(name = "VideoOwnershipDecision", description = "A recorded decision on whose a video is.")
    public record OwnershipDecisionView(
            @Schema(example = "FORMAL_RECORD") Ownership to,
            @Schema(
                            example = "Shows the infant's first response to the intervention; agreed at supervision.",
                            maxLength = OwnershipDecision.MAX_REASON_LENGTH)
                    String reason,
            @Schema(example = "k.osei", maxLength = Actor.MAX_SUBJECT_LENGTH) String decidedBy,
            @Schema(example = "2026-11-21T10:00:00Z") Instant decidedAt) {

        static OwnershipDecisionView of(OwnershipDecision decision) {
            return new OwnershipDecisionView(
                    decision.to(), decision.reason(), decision.decidedBy(), decision.decidedAt());
        }
    }

    @Schema(name = "DecideVideoOwnershipRequest", description = "A decision on whose the video is, with its reason.")
    public record DecideOwnershipRequest(
            @Schema(
                            required = true,
                            description = "The video's version as you read it.",
                            example = "3",
                            minimum = "0",
                            maximum = ContractBounds.MOST_LONG)
                    Long version,
            @Schema(required = true, example = "FORMAL_RECORD") Ownership ownership,
            @Schema(
                            required = true,
                            maxLength = OwnershipDecision.MAX_REASON_LENGTH,
                            example = "Shows the infant's first response to the intervention; agreed at supervision.")
                    String reason) {}

    @Schema(
            name = "RecordVideoSummaryRequest",
            description = "That a summary of the video was written into the record.")
    public record RecordSummaryRequest(
            @Schema(
                            required = true,
                            description = "The video's version as you read it.",
                            example = "3",
                            minimum = "0",
                            maximum = ContractBounds.MOST_LONG)
                    Long version,
            @Schema(required = true, description = "The day the summary was written.", example = "2026-11-21")
                    LocalDate writtenOn) {}

    @Schema(
            name = "VideoIntegrity",
            description = "What a check of a video's stored bytes found: for those who run storage, no personal data.")
    public record IntegrityView(
            @Schema(example = "5b7c9d1e-3f5a-4b7c-9d1e-3f5a7b9c1d3e") UUID videoId,
            @Schema(example = "INTACT") Integrity integrity,
            @Schema(example = "2026-11-22T03:00:00Z") Instant checkedAt) {

        static IntegrityView of(Video video) {
            return new IntegrityView(
                    video.id().value(),
                    video.integrity(),
                    video.integrityCheckedAt().orElse(null));
        }
    }

    @Schema(name = "VideoVersionRequest", description = "The video's version as you read it.")
    public record VersionRequest(
            @Schema(required = true, example = "3", minimum = "0", maximum = ContractBounds.MOST_LONG) Long version) {}

    @Schema(
            name = "VideoKeysRewrapped",
            description = "How many videos' data keys were re-wrapped by the new primary master key.")
    public record RewrapView(
            @Schema(example = "120", minimum = "0", maximum = ContractBounds.MOST_INT) int rewrapped,
            @Schema(
                            description = "The primary master key's id.",
                            example = "1797320564",
                            pattern = "^-?[0-9]{1,10}$",
                            maxLength = 32)
                    String primaryMasterKey,
            @Schema(
                            description = "Data keys the master keyset could not unwrap (their master key was"
                                    + " removed too soon, or the wrap is damaged): those videos cannot be played"
                                    + " until the old master key is put back in the keyset; 0 before you remove it.",
                            example = "0",
                            minimum = "0",
                            maximum = ContractBounds.MOST_INT)
                    int unreadable,
            @Schema(description = "The first of those videos, at most 100.", maxItems = RewrapVideoKeys.MAX_NAMED)
                    List<UUID> unreadableVideos) {}
}
