package org.cradle.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.cradle.application.video.BlobKey;
import org.cradle.application.video.BlobStore;
import org.cradle.application.video.ByteRange;
import org.cradle.application.video.ChunkBuffers;
import org.cradle.application.video.VideoBytes;
import org.cradle.application.video.VideoSealings.Sealing;
import org.cradle.contracts.video.InMemoryBlobStore;
import org.cradle.contracts.video.VideosContract;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;
import org.junit.jupiter.api.Test;

/**
 * A video's bytes sealed part by part with the real cipher, each part written while the next is read
 * when a second buffer pair is free, one after the other when not: the same blob either way, read back
 * whole; a request cut short resumes; a store that fails mid-way fails the request and every buffer is
 * given back.
 */
class SealedUploadTest {

    private static final int CHUNK = BlobStore.MIN_PART_SIZE;
    private static final byte[] MP4_HEAD = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};

    private final TinkVideoCipher cipher = new TinkVideoCipher(MasterKeys.fromJson(MasterKeys.generateKeysetJson()));

    private static byte[] video(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        System.arraycopy(MP4_HEAD, 0, bytes, 0, MP4_HEAD.length);
        return bytes;
    }

    private static Video reserved(long length, long received) {
        return reserved(VideoId.newId(), length, received);
    }

    /** The video's upload as its record says after {@code received} bytes. */
    private static Video reserved(VideoId id, long length, long received) {
        return VideosContract.reserved(
                id,
                EpisodeId.newId(),
                FamilyId.newId(),
                new OrganisationId("north-trust"),
                length,
                received,
                Instant.parse("2026-04-01T09:00:00Z"),
                Instant.parse("2026-04-02T09:00:00Z"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private byte[] readBack(VideoBytes bytes, Video video, Sealing sealing) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bytes.copy(video, sealing, ByteRange.whole(video.length()), out);
        return out.toByteArray();
    }

    private void uploadsWhole(int pairs) throws Exception {
        byte[] content = video(2 * CHUNK + CHUNK / 2 + 17);
        InMemoryBlobStore store = new InMemoryBlobStore();
        VideoBytes bytes = new VideoBytes(store, cipher, new ChunkBuffers(CHUNK, cipher.sealedSize(CHUNK), pairs));
        Video video = reserved(content.length, 0);

        VideoBytes.Appended appended = bytes.append(
                video,
                Sealing.start(video.id(), cipher.newKey(), CHUNK),
                new ByteArrayInputStream(content),
                Optional.empty());

        assertThat(appended.bytes()).isEqualTo(content.length);
        assertThat(appended.sha256()).contains(sha256(content));
        assertThat(readBack(bytes, video, appended.sealing())).isEqualTo(content);
    }

    @Test
    void parts_written_while_the_next_is_sealed_make_the_blob_that_reads_back_whole() throws Exception {
        uploadsWhole(4);
    }

    @Test
    void without_a_spare_pair_each_part_is_written_before_the_next_and_the_blob_is_the_same() throws Exception {
        uploadsWhole(1);
    }

    @Test
    void a_request_cut_short_mid_part_keeps_what_came_and_the_next_goes_on_from_there() throws Exception {
        byte[] content = video(2 * CHUNK + 1000);
        InMemoryBlobStore store = new InMemoryBlobStore();
        VideoBytes bytes = new VideoBytes(store, cipher, new ChunkBuffers(CHUNK, cipher.sealedSize(CHUNK), 4));
        Video video = reserved(content.length, 0);
        int cut = CHUNK + CHUNK / 3;

        VideoBytes.Appended first = bytes.append(
                video,
                Sealing.start(video.id(), cipher.newKey(), CHUNK),
                new ByteArrayInputStream(Arrays.copyOf(content, cut)),
                Optional.empty());
        assertThat(first.bytes()).isEqualTo(cut);
        assertThat(first.sha256()).isEmpty();
        VideoBytes.Appended rest = bytes.append(
                reserved(video.id(), content.length, cut),
                first.sealing(),
                new ByteArrayInputStream(Arrays.copyOfRange(content, cut, content.length)),
                Optional.empty());

        assertThat(rest.sha256()).contains(sha256(content));
        assertThat(readBack(bytes, video, rest.sealing())).isEqualTo(content);
    }

    @Test
    void a_store_that_fails_mid_way_fails_the_request_and_gives_every_buffer_back() {
        byte[] content = video(3 * CHUNK + 5);
        AtomicInteger parts = new AtomicInteger();
        BlobStore failing = new Failing(new InMemoryBlobStore(), parts);
        ChunkBuffers buffers = new ChunkBuffers(CHUNK, cipher.sealedSize(CHUNK), 4);
        VideoBytes bytes = new VideoBytes(failing, cipher, buffers);
        Video video = reserved(content.length, 0);

        assertThatExceptionOfType(BlobStore.Full.class)
                .isThrownBy(() -> bytes.append(
                        video,
                        Sealing.start(video.id(), cipher.newKey(), CHUNK),
                        new ByteArrayInputStream(content),
                        Optional.empty()));

        assertThat(parts).hasValue(2);
        // Every pair is free again: four taken at once.
        for (int i = 0; i < 4; i++) {
            buffers.take();
        }
    }

    /** The in-memory store, full from its second part on: a disk filling mid-upload. */
    private record Failing(InMemoryBlobStore store, AtomicInteger parts) implements BlobStore {
        @Override
        public String begin(BlobKey key) {
            return store.begin(key);
        }

        @Override
        public void writePart(BlobKey key, String upload, int number, long offset, ByteBuffer part) {
            if (parts.incrementAndGet() >= 2) {
                throw new BlobStore.Full("No space left on the device.", null);
            }
            store.writePart(key, upload, number, offset, part);
        }

        @Override
        public void complete(BlobKey key, String upload, int count) {
            store.complete(key, upload, count);
        }

        @Override
        public long size(BlobKey key) {
            return store.size(key);
        }

        @Override
        public int read(BlobKey key, long position, ByteBuffer into) {
            return store.read(key, position, into);
        }

        @Override
        public void put(BlobKey key, ByteBuffer bytes) {
            store.put(key, bytes);
        }

        @Override
        public Optional<byte[]> get(BlobKey key) {
            return store.get(key);
        }

        @Override
        public void delete(BlobKey key) {
            store.delete(key);
        }
    }
}
