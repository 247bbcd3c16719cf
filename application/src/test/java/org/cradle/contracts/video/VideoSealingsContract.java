package org.cradle.contracts.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cradle.application.video.SealedKey;
import org.cradle.application.video.VideoSealings;
import org.cradle.application.video.VideoSealings.Sealing;
import org.cradle.contracts.PortContract;
import org.cradle.domain.video.VideoId;
import org.junit.jupiter.api.Test;

/**
 * What every store of videos' sealings does: gives back every field it was given; lets one request at a
 * time take a video for appending, until it lets go or its hold runs out; destroys a key's material and
 * says when; and finds the keys a master key other than the current one wrapped. Each method works in a
 * caller's unit of work and outside any: some callers move bytes outside one.
 *
 * <p>Master keys are named for this test alone, as the PostgreSQL store is shared by every test.
 */
public abstract class VideoSealingsContract extends PortContract {

    private static final int CHUNK = 4 * 1024 * 1024;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    protected abstract VideoSealings sealings();

    /** A video stored, for a sealing to be of. */
    protected abstract VideoId video();

    @Test
    void a_sealing_reads_back_with_every_field_as_it_was_started_and_as_bytes_were_appended() {
        VideoId video = video();
        Sealing started = Sealing.start(video, key("old", 1), CHUNK);
        transaction(() -> sealings().add(started));
        assertThat(transaction(() -> sealings().find(video)).orElseThrow())
                .usingRecursiveComparison()
                .isEqualTo(started);

        Sealing appended = started.withUpload("upload-" + suffix + "/" + "x".repeat(900))
                .appended(CHUNK + 28, new byte[] {1, 2, 3, 4, 5}, 0);
        transaction(() -> sealings().update(appended));
        assertThat(transaction(() -> sealings().find(video)).orElseThrow())
                .usingRecursiveComparison()
                .isEqualTo(appended);

        Sealing whole =
                appended.withUpload(null).appended(CHUNK + 28, null, 3L * CHUNK).withKey(key("new", 2));
        transaction(() -> sealings().update(whole));
        Sealing read = transaction(() -> sealings().find(video)).orElseThrow();
        assertThat(read).usingRecursiveComparison().isEqualTo(whole);
        assertThat(read.key()).isEqualTo(key("new", 2));
        assertThat(read.blob()).isEqualTo(started.blob());
        assertThat(transaction(() -> sealings().find(VideoId.newId()))).isEmpty();
    }

    @Test
    void a_video_is_held_by_one_claim_at_a_time_until_it_is_released_or_its_hold_runs_out() {
        VideoId video = video();
        VideoId other = video();
        Instant now = at("2026-04-01T09:00:00Z");
        transaction(() -> {
            sealings().add(Sealing.start(video, key("old", 1), CHUNK));
            sealings().add(Sealing.start(other, key("old", 1), CHUNK));
        });

        assertThat(transaction(() -> sealings().claim(video, now, now.plusSeconds(30))))
                .isTrue();
        assertThat(transaction(() -> sealings().claim(video, now.plusSeconds(10), now.plusSeconds(40))))
                .isFalse();
        assertThat(transaction(() -> sealings().claim(other, now.plusSeconds(10), now.plusSeconds(40))))
                .isTrue();
        transaction(() -> sealings().release(video));
        assertThat(transaction(() -> sealings().claim(video, now.plusSeconds(11), now.plusSeconds(41))))
                .isTrue();
        assertThat(transaction(() -> sealings().claim(video, now.plusSeconds(40), now.plusSeconds(70))))
                .isFalse();
        // A hold that ran out (a request that died holding it) is taken over.
        assertThat(transaction(() -> sealings().claim(video, now.plusSeconds(41), now.plusSeconds(71))))
                .isTrue();
        // Holding a video is not part of its sealing: an update leaves the hold as it is.
        transaction(() -> sealings().update(sealings().find(video).orElseThrow().withUpload("u-" + suffix)));
        assertThat(transaction(() -> sealings().claim(video, now.plusSeconds(50), now.plusSeconds(80))))
                .isFalse();
    }

    @Test
    void each_method_works_outside_any_unit_of_work() {
        VideoId video = video();
        Instant now = at("2026-04-01T09:00:00Z");
        sealings().add(Sealing.start(video, key("old", 1), CHUNK));
        sealings().update(sealings().find(video).orElseThrow().withUpload("u-" + suffix));

        assertThat(sealings().claim(video, now, now.plusSeconds(30))).isTrue();
        assertThat(sealings().claim(video, now.plusSeconds(1), now.plusSeconds(31)))
                .isFalse();
        sealings().release(video);
        assertThat(sealings().claim(video, now.plusSeconds(2), now.plusSeconds(32)))
                .isTrue();
        assertThat(sealings().wrappedByOtherThan(master("new"), null, 10_000))
                .extracting(Sealing::video)
                .contains(video);
        sealings().destroyKey(video, now.plusSeconds(3));
        assertThat(sealings().find(video).orElseThrow().key()).isNull();
    }

    @Test
    void destroying_a_key_removes_its_material_and_the_digest_and_says_when_keeping_the_rest() {
        VideoId video = video();
        Sealing sealing = Sealing.start(video, key("old", 1), CHUNK)
                .withUpload("u-" + suffix)
                .appended(CHUNK + 28, new byte[] {9, 8, 7}, 0);
        Instant at = at("2026-04-02T09:00:00.123456Z");
        transaction(() -> sealings().add(sealing));

        transaction(() -> sealings().destroyKey(video, at));

        Sealing destroyed = transaction(() -> sealings().find(video)).orElseThrow();
        assertThat(destroyed.key()).isNull();
        assertThat(destroyed.digestState()).isNull();
        assertThat(destroyed.keyDestroyedAt()).isEqualTo(at);
        assertThat(destroyed.blob()).isEqualTo(sealing.blob());
        assertThat(destroyed.upload()).isEqualTo(sealing.upload());
        assertThat(destroyed.chunkSize()).isEqualTo(CHUNK);
        assertThat(destroyed.sealedChunkSize()).isEqualTo(CHUNK + 28);
        assertThat(transaction(() -> sealings().wrappedByOtherThan(master("new"), null, 10_000)))
                .extracting(Sealing::video)
                .doesNotContain(video);
        // Destroyed once is destroyed: asked again, the first destruction's time stays.
        transaction(() -> sealings().destroyKey(video, at.plusSeconds(60)));
        assertThat(transaction(() -> sealings().find(video)).orElseThrow().keyDestroyedAt())
                .isEqualTo(at);
    }

    @Test
    void a_destroyed_video_s_blob_is_to_remove_until_it_is_said_removed_and_a_live_one_never_is() {
        VideoId destroyed = video();
        VideoId live = video();
        Instant at = at("2026-04-03T09:00:00Z");
        transaction(() -> sealings().add(Sealing.start(destroyed, key("old", 1), CHUNK)));
        transaction(() -> sealings().add(Sealing.start(live, key("old", 2), CHUNK)));
        transaction(() -> sealings().destroyKey(destroyed, at));

        assertThat(transaction(() -> sealings().blobsToRemove(10_000)))
                .extracting(Sealing::video)
                .contains(destroyed)
                .doesNotContain(live);

        transaction(() -> sealings().blobRemoved(destroyed, at.plusSeconds(5)));

        assertThat(transaction(() -> sealings().blobsToRemove(10_000)))
                .extracting(Sealing::video)
                .doesNotContain(destroyed, live);
        assertThat(sealings().blobsToRemove(0)).isEmpty();
    }

    @Test
    void a_rotation_finds_the_keys_wrapped_by_any_master_key_but_the_current_one() {
        VideoId byOld = video();
        VideoId byOlder = video();
        VideoId byNew = video();
        VideoId destroyed = video();
        transaction(() -> {
            sealings().add(Sealing.start(byOld, key("old", 1), CHUNK));
            sealings().add(Sealing.start(byOlder, key("older", 2), CHUNK));
            sealings().add(Sealing.start(byNew, key("new", 3), CHUNK));
            sealings().add(Sealing.start(destroyed, key("old", 4), CHUNK));
            sealings().destroyKey(destroyed, at("2026-04-01T09:00:00Z"));
        });
        List<VideoId> mine = List.of(byOld, byOlder, byNew, destroyed);

        List<Sealing> due = transaction(() -> sealings().wrappedByOtherThan(master("new"), null, 10_000));

        assertThat(due).extracting(Sealing::video).filteredOn(mine::contains).containsExactlyInAnyOrder(byOld, byOlder);
        assertThat(due)
                .filteredOn(sealing -> sealing.video().equals(byOlder))
                .singleElement()
                .extracting(Sealing::key)
                .isEqualTo(key("older", 2));
        assertThat(transaction(() -> sealings().wrappedByOtherThan(master("new"), null, 1)))
                .hasSize(1);
        // In video id order, a page after a key leaves it out: a key that cannot be re-wrapped is passed.
        assertThat(due)
                .extracting(sealing -> sealing.video().value())
                .isSortedAccordingTo(org.cradle.contracts.Uuids.ORDER);
        VideoId first = due.get(0).video();
        assertThat(transaction(() -> sealings().wrappedByOtherThan(master("new"), first, 10_000)))
                .extracting(Sealing::video)
                .doesNotContain(first)
                .containsAll(
                        due.subList(1, due.size()).stream().map(Sealing::video).toList());
        transaction(() -> sealings().update(sealings().find(byOld).orElseThrow().withKey(key("new", 5))));
        assertThat(transaction(() -> sealings().wrappedByOtherThan(master("new"), null, 10_000)))
                .extracting(Sealing::video)
                .filteredOn(mine::contains)
                .containsExactly(byOlder);
    }

    /** A master key's name of this test's own. */
    private String master(String name) {
        return name + "-" + suffix;
    }

    private SealedKey key(String master, int seed) {
        byte[] wrapped = new byte[60];
        for (int i = 0; i < wrapped.length; i++) {
            wrapped[i] = (byte) (seed * 31 + i);
        }
        return new SealedKey(wrapped, master(master));
    }
}
