package org.cradle.adapters.persistence.video;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.video.Integrity;
import org.cradle.domain.video.Ownership;
import org.cradle.domain.video.OwnershipDecision;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoDetails;
import org.cradle.domain.video.VideoFormat;
import org.cradle.domain.video.VideoId;
import org.cradle.domain.video.VideoPurpose;
import org.cradle.domain.video.VideoState;

/** Explicit mapping between session videos and their rows. The version read back is the row's. */
final class VideoMapper {

    private VideoMapper() {}

    /** The video of {@code row}, with its decisions in the order they were made. */
    static Video toDomain(VideoEntity row, List<OwnershipDecisionEntity> decisions) {
        return Video.reconstitute(new Video.Snapshot(
                new VideoId(row.id),
                new EpisodeId(row.episodeId),
                new FamilyId(row.familyId),
                new OrganisationId(row.organisation),
                new VideoDetails(
                        Arrays.stream(row.appearing).map(PersonId::new).collect(Collectors.toSet()),
                        row.recordedOn,
                        row.recordedBy,
                        Arrays.stream(row.purposes).map(VideoPurpose::valueOf).collect(Collectors.toSet()),
                        row.title),
                row.length,
                row.received,
                row.format == null ? null : VideoFormat.valueOf(row.format),
                VideoState.valueOf(row.state),
                row.sha256,
                Ownership.valueOf(row.ownership),
                decisions.stream().map(VideoMapper::toDomain).toList(),
                row.summaryWrittenOn,
                row.summaryRecordedBy,
                row.returnedAt,
                row.returnedBy,
                Integrity.valueOf(row.integrity),
                row.integrityCheckedAt,
                row.createdAt,
                row.createdBy,
                row.expiresAt,
                row.endedAt,
                row.version));
    }

    static OwnershipDecision toDomain(OwnershipDecisionEntity row) {
        return new OwnershipDecision(Ownership.valueOf(row.toOwnership), row.reason, row.decidedBy, row.decidedAt);
    }

    /** Sets the video's row from the aggregate; the version is Hibernate's to keep. */
    static VideoEntity copy(Video.Snapshot video, VideoEntity row) {
        row.id = video.id().value();
        row.episodeId = video.episode().value();
        row.familyId = video.family().value();
        row.organisation = video.organisation().value();
        VideoDetails details = video.details();
        row.appearing = ids(details.appearing());
        row.recordedOn = details.recordedOn();
        row.recordedBy = details.recordedBy();
        // In a stable order, so that an unchanged set is an unchanged column.
        row.purposes = details.purposes().stream().map(Enum::name).sorted().toArray(String[]::new);
        row.title = details.title();
        row.length = video.length();
        row.received = video.received();
        row.format = video.format() == null ? null : video.format().name();
        row.state = video.state().name();
        row.sha256 = video.sha256();
        row.ownership = video.ownership().name();
        row.summaryWrittenOn = video.summaryWrittenOn();
        row.summaryRecordedBy = video.summaryRecordedBy();
        row.returnedAt = video.returnedAt();
        row.returnedBy = video.returnedBy();
        row.integrity = video.integrity().name();
        row.integrityCheckedAt = video.integrityCheckedAt();
        row.createdAt = video.createdAt();
        row.createdBy = video.createdBy();
        row.expiresAt = video.expiresAt();
        row.endedAt = video.endedAt();
        return row;
    }

    /** The row of the video's {@code number}th decision (from 1). */
    static OwnershipDecisionEntity toRow(VideoId video, int number, OwnershipDecision decision) {
        OwnershipDecisionEntity row = new OwnershipDecisionEntity();
        row.videoId = video.value();
        row.number = number;
        row.toOwnership = decision.to().name();
        row.reason = decision.reason();
        row.decidedBy = decision.decidedBy();
        row.decidedAt = decision.decidedAt();
        return row;
    }

    /** In a stable order, so that an unchanged set is an unchanged column. */
    private static UUID[] ids(Set<PersonId> people) {
        return people.stream().map(PersonId::value).sorted().toArray(UUID[]::new);
    }
}
