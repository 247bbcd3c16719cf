package org.cradle.contracts.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.video.Videos;
import org.cradle.contracts.PortContract;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
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
import org.junit.jupiter.api.Test;

/**
 * What every store of session videos does: gives back every field it was given, the ownership decisions
 * in the order made; moves the version on by one at each update and refuses one made from an older
 * copy; lists an episode's videos newest first without the abandoned uploads; and finds the uploads that
 * ran out of time and the complete videos due a check, never checked first.
 *
 * <p>The last two questions are asked of every video, and the PostgreSQL store is shared by every test:
 * their videos are dated in a stretch of the 1970s of their own, and only this test's are looked at.
 */
public abstract class VideosContract extends PortContract {

    /** How many bytes the contract's videos are. */
    public static final long LENGTH = 1_000;

    public static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static final PageRequest ALL = new PageRequest(0, 50);

    /** The start of this test's own stretch of time, for the questions asked of every video. */
    private final Instant epoch = Instant.parse("1971-01-01T00:00:00Z")
            .plus(Duration.ofMinutes(new Random().nextInt(4_000_000)))
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

    private final OrganisationId own = organisation("videos");

    protected abstract Videos videos();

    /** A family Cradle holds. */
    protected abstract FamilyId family();

    /** An episode of {@code organisation}'s with the family, stored. */
    protected abstract EpisodeId episode(FamilyId family, OrganisationId organisation);

    /**
     * A video whose upload was created at {@code createdAt} and may run until {@code expiresAt}, no byte
     * received yet: what {@link Video#reserve} makes, built from its snapshot.
     */
    public static Video reserved(
            EpisodeId episode, FamilyId family, OrganisationId organisation, Instant createdAt, Instant expiresAt) {
        return reserved(VideoId.newId(), episode, family, organisation, LENGTH, 0, createdAt, expiresAt);
    }

    /** The upload of {@code length} bytes as its record says once {@code received} of them are in. */
    public static Video reserved(
            VideoId id,
            EpisodeId episode,
            FamilyId family,
            OrganisationId organisation,
            long length,
            long received,
            Instant createdAt,
            Instant expiresAt) {
        return Video.reconstitute(new Video.Snapshot(
                id,
                episode,
                family,
                organisation,
                new VideoDetails(
                        Set.of(PersonId.newId()),
                        LocalDate.parse("2026-04-01"),
                        "p.filmer",
                        Set.of(VideoPurpose.ASSESSMENT),
                        null),
                length,
                received,
                null,
                received == 0 ? VideoState.RESERVED : VideoState.RECEIVING,
                null,
                Ownership.PARENT_PROPERTY,
                List.of(),
                null,
                null,
                null,
                null,
                Integrity.UNCHECKED,
                null,
                createdAt,
                "p.filmer",
                expiresAt,
                null,
                0));
    }

    /** {@code video} with every byte received and hashed. */
    public static Video completed(Video video) {
        video.received(LENGTH, VideoFormat.MP4);
        video.complete(SHA256);
        return video;
    }

    @Test
    void a_video_reads_back_with_every_field_and_its_decisions_in_the_order_made() {
        FamilyId family = family();
        EpisodeId episode = episode(family, own);
        Video video = Video.reconstitute(new Video.Snapshot(
                VideoId.newId(),
                episode,
                family,
                own,
                new VideoDetails(
                        Set.of(PersonId.newId(), PersonId.newId()),
                        LocalDate.parse("2026-04-02"),
                        "p.filmer",
                        Set.of(VideoPurpose.INTERACTION_GUIDANCE, VideoPurpose.SUPERVISION),
                        "Bath time.mp4"),
                LENGTH,
                LENGTH,
                VideoFormat.QUICKTIME,
                VideoState.COMPLETE,
                SHA256,
                Ownership.PARENT_PROPERTY,
                List.of(
                        new OwnershipDecision(
                                Ownership.FORMAL_RECORD, "Shows the injury.", "p.lead", at("2026-04-03T10:00:00Z")),
                        new OwnershipDecision(
                                Ownership.PARENT_PROPERTY,
                                "Decided in error.",
                                "p.manager",
                                at("2026-04-04T10:00:00Z"))),
                LocalDate.parse("2026-04-05"),
                "p.lead",
                at("2026-04-06T10:00:00.123456Z"),
                "p.lead",
                Integrity.INTACT,
                at("2026-04-07T10:00:00Z"),
                at("2026-04-02T09:00:00Z"),
                "p.filmer",
                at("2026-04-03T09:00:00Z"),
                at("2026-04-08T10:00:00Z"),
                0));
        transaction(() -> videos().add(video));

        assertThat(transaction(() -> videos().find(video.id())).orElseThrow().snapshot())
                .isEqualTo(video.snapshot());
        Video bare = reserved(episode, family, own, at("2026-04-02T09:00:00Z"), at("2026-04-03T09:00:00Z"));
        transaction(() -> videos().add(bare));
        assertThat(transaction(() -> videos().find(bare.id())).orElseThrow().snapshot())
                .isEqualTo(bare.snapshot());
        assertThat(transaction(() -> videos().find(VideoId.newId()))).isEmpty();
    }

    @Test
    void each_update_moves_the_version_on_by_one_and_one_from_an_older_copy_is_refused() {
        FamilyId family = family();
        EpisodeId episode = episode(family, own);
        Video video = completed(reserved(episode, family, own, at("2026-04-02T09:00:00Z"), at("2026-04-03T09:00:00Z")));
        transaction(() -> videos().add(video));

        Video read = transaction(() -> videos().find(video.id())).orElseThrow();
        Video stale = transaction(() -> videos().find(video.id())).orElseThrow();
        assertThat(read.version()).isZero();
        read.decideOwnership(Ownership.FORMAL_RECORD, "Shows the injury.", lead(), at("2026-04-04T10:00:00Z"));
        transaction(() -> videos().update(read));

        Video updated = transaction(() -> videos().find(video.id())).orElseThrow();
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.ownership()).isEqualTo(Ownership.FORMAL_RECORD);
        assertThat(updated.decisions()).isEqualTo(read.decisions());

        stale.integrityChecked(true, at("2026-04-05T10:00:00Z"));
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> transaction(() -> videos().update(stale)));

        updated.decideOwnership(Ownership.PARENT_PROPERTY, "Decided in error.", lead(), at("2026-04-06T10:00:00Z"));
        updated.integrityChecked(false, at("2026-04-06T11:00:00Z"));
        transaction(() -> videos().update(updated));
        Video again = transaction(() -> videos().find(video.id())).orElseThrow();
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.snapshot().decisions())
                .extracting(OwnershipDecision::to)
                .containsExactly(Ownership.FORMAL_RECORD, Ownership.PARENT_PROPERTY);
        assertThat(again.integrity()).isEqualTo(Integrity.FAILED);

        // An update that changes nothing is still an update: the version moves on, and an older copy is refused.
        transaction(() -> videos().update(again));
        assertThat(transaction(() -> videos().find(video.id())).orElseThrow().version())
                .isEqualTo(3);
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> transaction(() -> videos().update(again)));
    }

    @Test
    void an_episodes_videos_are_listed_newest_first_without_the_abandoned_uploads() {
        FamilyId family = family();
        EpisodeId episode = episode(family, own);
        EpisodeId other = episode(family, own);
        Video oldest =
                completed(reserved(episode, family, own, at("2026-04-01T09:00:00Z"), at("2026-04-02T09:00:00Z")));
        Video abandoned = reserved(episode, family, own, at("2026-04-02T09:00:00Z"), at("2026-04-03T09:00:00Z"));
        abandoned.abandon(at("2026-04-02T10:00:00Z"));
        Video receiving = reserved(episode, family, own, at("2026-04-03T09:00:00Z"), at("2026-04-04T09:00:00Z"));
        receiving.received(10, VideoFormat.WEBM);
        Video destroyed =
                completed(reserved(episode, family, own, at("2026-04-04T09:00:00Z"), at("2026-04-05T09:00:00Z")));
        destroyed.destroy(at("2026-04-05T10:00:00Z"));
        Video elsewhere = reserved(other, family, own, at("2026-04-05T09:00:00Z"), at("2026-04-06T09:00:00Z"));
        transaction(() ->
                List.of(oldest, abandoned, receiving, destroyed, elsewhere).forEach(videos()::add));

        Page<Video> all = transaction(() -> videos().ofEpisode(episode, ALL));
        Page<Video> second = transaction(() -> videos().ofEpisode(episode, new PageRequest(1, 2)));
        Page<Video> past = transaction(() -> videos().ofEpisode(episode, new PageRequest(5, 2)));

        assertThat(all.items()).extracting(Video::id).containsExactly(destroyed.id(), receiving.id(), oldest.id());
        assertThat(all.totalItems()).isEqualTo(3);
        assertThat(second.items()).extracting(Video::id).containsExactly(oldest.id());
        assertThat(second.totalItems()).isEqualTo(3);
        assertThat(past.items()).isEmpty();
        assertThat(past.totalItems()).isEqualTo(3);
        assertThat(transaction(() -> videos().ofEpisode(episode(family, own), ALL))
                        .items())
                .isEmpty();
    }

    @Test
    void the_expired_uploads_are_those_still_receiving_whose_time_ran_out_soonest_first() {
        FamilyId family = family();
        EpisodeId episode = episode(family, own);
        Video reservedLongAgo = reserved(episode, family, own, epoch, epoch.plus(Duration.ofHours(1)));
        Video receivingLater = reserved(episode, family, own, epoch, epoch.plus(Duration.ofHours(2)));
        receivingLater.received(10, null);
        Video expiresNow = reserved(episode, family, own, epoch, epoch.plus(Duration.ofHours(3)));
        Video notYet = reserved(episode, family, own, epoch, epoch.plus(Duration.ofHours(4)));
        Video complete = completed(reserved(episode, family, own, epoch, epoch.plus(Duration.ofMinutes(30))));
        Video abandoned = reserved(episode, family, own, epoch, epoch.plus(Duration.ofMinutes(20)));
        abandoned.abandon(epoch.plus(Duration.ofMinutes(10)));
        List<Video> mine = List.of(reservedLongAgo, receivingLater, expiresNow, notYet, complete, abandoned);
        transaction(() -> mine.forEach(videos()::add));
        Instant now = epoch.plus(Duration.ofHours(3));

        List<Video> expired = transaction(() -> videos().expiredUploads(now, 100));
        assertThat(ours(expired, mine)).containsExactly(reservedLongAgo.id(), receivingLater.id(), expiresNow.id());
        assertThat(expired).allSatisfy(video -> {
            assertThat(video.state().receiving()).isTrue();
            assertThat(video.expiresAt()).isBeforeOrEqualTo(now);
        });
        assertThat(expired).extracting(Video::expiresAt).isSorted();
        // The limit keeps the first of them: other tests' uploads may come before this one's.
        assertThat(transaction(() -> videos().expiredUploads(now, 2)))
                .extracting(Video::id)
                .containsExactlyElementsOf(
                        expired.subList(0, 2).stream().map(Video::id).toList());
        assertThat(ours(transaction(() -> videos().expiredUploads(epoch, 100)), mine))
                .isEmpty();
    }

    @Test
    void the_videos_due_a_check_are_the_complete_ones_never_checked_first_then_least_recently_checked() {
        FamilyId family = family();
        EpisodeId episode = episode(family, own);
        Video checkedSecond = checked(episode, family, epoch.plus(Duration.ofHours(2)));
        Video neverChecked = completed(reserved(episode, family, own, epoch, epoch.plus(Duration.ofHours(1))));
        Video checkedFirst = checked(episode, family, epoch.plus(Duration.ofHours(1)));
        Video checkedSince = checked(episode, family, epoch.plus(Duration.ofHours(5)));
        Video checkedAtBefore = checked(episode, family, epoch.plus(Duration.ofHours(3)));
        Video receiving = reserved(episode, family, own, epoch, epoch.plus(Duration.ofHours(1)));
        Video destroyed = checked(episode, family, epoch.plus(Duration.ofMinutes(30)));
        destroyed.destroy(epoch.plus(Duration.ofHours(1)));
        List<Video> mine =
                List.of(checkedSecond, neverChecked, checkedFirst, checkedSince, checkedAtBefore, receiving, destroyed);
        transaction(() -> mine.forEach(videos()::add));
        Instant before = epoch.plus(Duration.ofHours(3));

        List<Video> due = transaction(() -> videos().dueForCheck(before, 100));
        assertThat(ours(due, mine)).containsExactly(neverChecked.id(), checkedFirst.id(), checkedSecond.id());
        assertThat(due).allSatisfy(video -> {
            assertThat(video.state()).isEqualTo(VideoState.COMPLETE);
            assertThat(video.snapshot().integrityCheckedAt())
                    .satisfiesAnyOf(checkedAt -> assertThat(checkedAt).isNull(), checkedAt -> assertThat(checkedAt)
                            .isBefore(before));
        });
        assertThat(due)
                .extracting(video -> video.snapshot().integrityCheckedAt())
                .isSortedAccordingTo(Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
        assertThat(transaction(() -> videos().dueForCheck(before, 2)))
                .extracting(Video::id)
                .containsExactlyElementsOf(
                        due.subList(0, 2).stream().map(Video::id).toList());
    }

    /** A complete video of this test's, whose bytes were last checked at {@code at}. */
    private Video checked(EpisodeId episode, FamilyId family, Instant at) {
        Video video = completed(reserved(episode, family, own, epoch, epoch.plus(Duration.ofHours(1))));
        video.integrityChecked(true, at);
        return video;
    }

    /** The ids of {@code found} that are this test's, in the order found. */
    private static List<VideoId> ours(List<Video> found, List<Video> mine) {
        Set<VideoId> ids = Set.copyOf(mine.stream().map(Video::id).toList());
        return found.stream().map(Video::id).filter(ids::contains).toList();
    }

    private Actor lead() {
        return Actor.practitioner("p.lead", own, Set.of(Role.PRACTITIONER));
    }
}
