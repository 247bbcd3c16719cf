package org.cradle.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.cradle.application.video.SealedKey;
import org.cradle.application.video.VideoCipher;
import org.cradle.application.video.VideoCipher.RunningDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinkVideoCipherTest {

    private static final int MIB = 1 << 20;
    private static final byte[] AAD = "video 42 part 3 of 7".getBytes(StandardCharsets.UTF_8);

    private static final AesGcmHkdfStreaming TINK_1MB;

    static {
        try {
            TINK_1MB = new AesGcmHkdfStreaming(new byte[32], "HmacSha256", 32, MIB, 0);
        } catch (java.security.GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String keysetA = MasterKeys.generateKeysetJson();
    private final TinkVideoCipher cipher = new TinkVideoCipher(MasterKeys.fromJson(keysetA));

    // --- sealing and opening ---------------------------------------------------------------------------

    @Test
    void sealed_parts_of_every_size_open_to_their_plaintext_and_never_outgrow_sealed_size() throws IOException {
        SealedKey key = cipher.newKey();
        for (int size : new int[] {0, 1, MIB - 1, MIB, 8 * MIB, 8 * MIB + 7}) {
            byte[] plaintext = random(size, size);
            ByteBuffer sealed = seal(cipher, key, AAD, plaintext);

            assertThat(sealed.remaining())
                    .as("sealed size of %d bytes", size)
                    .isEqualTo(TINK_1MB.expectedCiphertextSize(size))
                    .isLessThanOrEqualTo(cipher.sealedSize(size));
            try (SeekableByteChannel open = cipher.open(key, AAD, new BufferChannel(sealed))) {
                assertThat(open.size()).isEqualTo(size);
                assertThat(readAll(open)).as("plaintext of %d bytes", size).isEqualTo(plaintext);
            }
        }
    }

    @Test
    void seal_reads_the_plaintext_s_remaining_bytes_from_a_direct_buffer_and_writes_after_out_s_position()
            throws IOException {
        SealedKey key = cipher.newKey();
        byte[] plaintext = random(3 * MIB + 11, 7);
        ByteBuffer direct = ByteBuffer.allocateDirect(8 * MIB);
        direct.position(5).put(plaintext).flip().position(5);
        ByteBuffer out = ByteBuffer.allocateDirect(cipher.sealedSize(plaintext.length) + 10);
        out.position(10);

        int written = cipher.seal(key, AAD, direct, out);

        assertThat(direct.hasRemaining()).isFalse();
        assertThat(out.position()).isEqualTo(10 + written);
        ByteBuffer sealed = out.flip().position(10).slice();
        try (SeekableByteChannel open = cipher.open(key, AAD, new BufferChannel(sealed))) {
            assertThat(readAll(open)).isEqualTo(plaintext);
        }
    }

    @Test
    void sealed_size_bounds_tink_s_own_ciphertext_size_for_every_size_up_to_max_int() {
        for (long size = 0; size <= Integer.MAX_VALUE - 2 * MIB; size += 4093 * 257) {
            int n = (int) size;
            for (int near : new int[] {n, n + 1, n + MIB - 56, n + MIB - 57, n + MIB - 16}) {
                assertThat((long) cipher.sealedSize(near))
                        .as("bound for %d bytes", near)
                        .isGreaterThanOrEqualTo(TINK_1MB.expectedCiphertextSize(near));
            }
        }
    }

    @Test
    void seal_refuses_an_out_buffer_smaller_than_sealed_size() {
        SealedKey key = cipher.newKey();
        ByteBuffer out = ByteBuffer.allocate(cipher.sealedSize(100) - 1);

        assertThatThrownBy(() -> cipher.seal(key, AAD, ByteBuffer.allocate(100), out))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_open_part_reads_from_any_position() throws IOException {
        SealedKey key = cipher.newKey();
        byte[] plaintext = random(9 * MIB, 9);
        ByteBuffer sealed = seal(cipher, key, AAD, plaintext);
        int from = 5 * MIB + 3;

        try (SeekableByteChannel open = cipher.open(key, AAD, new BufferChannel(sealed))) {
            open.position(from);
            ByteBuffer range = ByteBuffer.allocate(100);
            while (range.hasRemaining() && open.read(range) >= 0) {
                // until the range is full
            }

            assertThat(range.array()).isEqualTo(Arrays.copyOfRange(plaintext, from, from + 100));
            assertThat(open.position()).isEqualTo(from + 100);

            open.position(9 * MIB - 10);
            ByteBuffer tail = ByteBuffer.allocate(100);
            assertThat(open.read(tail)).isEqualTo(10);
            assertThat(open.read(tail)).isEqualTo(-1);
            assertThat(Arrays.copyOf(tail.array(), 10)).isEqualTo(Arrays.copyOfRange(plaintext, 9 * MIB - 10, 9 * MIB));
        }
    }

    @Test
    void a_flipped_byte_makes_reading_its_segment_fail() throws IOException {
        SealedKey key = cipher.newKey();
        byte[] plaintext = random(3 * MIB, 3);
        ByteBuffer sealed = seal(cipher, key, AAD, plaintext);
        sealed.put(2 * MIB + 500, (byte) (sealed.get(2 * MIB + 500) ^ 0x01));

        try (SeekableByteChannel open = cipher.open(key, AAD, new BufferChannel(sealed))) {
            open.position(2 * MIB + 100);
            assertThatThrownBy(() -> open.read(ByteBuffer.allocate(100))).isInstanceOf(IOException.class);
        }
        try (SeekableByteChannel open = cipher.open(key, AAD, new BufferChannel(sealed))) {
            assertThatThrownBy(() -> readAll(open)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void reading_at_the_end_reports_the_end_once_the_last_segment_is_authentic() throws IOException {
        SealedKey key = cipher.newKey();
        for (int size : new int[] {0, 5, 2 * MIB}) {
            ByteBuffer sealed = seal(cipher, key, AAD, random(size, size));
            try (SeekableByteChannel open = cipher.open(key, AAD, new BufferChannel(sealed))) {
                open.position(size);
                assertThat(open.read(ByteBuffer.allocate(10)))
                        .as("%d bytes", size)
                        .isEqualTo(-1);
                assertThat(open.read(ByteBuffer.allocate(10))).isEqualTo(-1);
                assertThat(open.position()).isEqualTo(size);
                open.position(size + 100);
                assertThat(open.read(ByteBuffer.allocate(10))).isEqualTo(-1);
            }

            sealed.put(sealed.limit() - 1, (byte) (sealed.get(sealed.limit() - 1) ^ 0x01));
            try (SeekableByteChannel open = cipher.open(key, AAD, new BufferChannel(sealed))) {
                open.position(size);
                assertThatThrownBy(() -> open.read(ByteBuffer.allocate(10)))
                        .as("tampered last segment of %d bytes", size)
                        .isInstanceOf(IOException.class);
            }
            try (SeekableByteChannel open = cipher.open(key, AAD, new BufferChannel(sealed))) {
                assertThatThrownBy(() -> readAll(open)).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void a_part_cut_short_at_a_segment_boundary_fails() throws IOException {
        SealedKey key = cipher.newKey();
        ByteBuffer sealed = seal(cipher, key, AAD, random(3 * MIB, 4));
        ByteBuffer cut = sealed.duplicate().limit(2 * MIB).slice();

        try (SeekableByteChannel open = cipher.open(key, AAD, new BufferChannel(cut))) {
            assertThatThrownBy(() -> readAll(open)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void a_part_opened_with_other_associated_data_fails() throws IOException {
        SealedKey key = cipher.newKey();
        ByteBuffer sealed = seal(cipher, key, AAD, random(MIB + 5, 5));
        byte[] otherPlace = "video 42 part 4 of 7".getBytes(StandardCharsets.UTF_8);

        try (SeekableByteChannel open = cipher.open(key, otherPlace, new BufferChannel(sealed))) {
            assertThatThrownBy(() -> open.read(ByteBuffer.allocate(10))).isInstanceOf(IOException.class);
        }
    }

    @Test
    void a_part_opened_with_another_video_s_key_fails() throws IOException {
        ByteBuffer sealed = seal(cipher, cipher.newKey(), AAD, random(1000, 6));

        try (SeekableByteChannel open = cipher.open(cipher.newKey(), AAD, new BufferChannel(sealed))) {
            assertThatThrownBy(() -> open.read(ByteBuffer.allocate(10))).isInstanceOf(IOException.class);
        }
    }

    @Test
    void a_new_key_is_wrapped_by_the_primary_master_key() {
        SealedKey key = cipher.newKey();
        String primary = String.valueOf(
                MasterKeys.fromJson(keysetA).current().getPrimary().getId());

        assertThat(key.masterKey()).isEqualTo(primary).isEqualTo(cipher.primaryMasterKey());
        assertThat(cipher.newKey().wrapped()).isNotEqualTo(key.wrapped());
        assertThat(key.toString()).doesNotContain(HexFormat.of().formatHex(key.wrapped()));
    }

    // --- rotation --------------------------------------------------------------------------------------

    @Test
    void a_rotation_rewraps_by_the_new_primary_and_the_old_key_can_then_be_dropped() throws IOException {
        SealedKey original = cipher.newKey();
        byte[] plaintext = random(2 * MIB + 9, 11);
        ByteBuffer sealed = seal(cipher, original, AAD, plaintext);
        String idA = cipher.primaryMasterKey();

        String keysetAB = MasterKeys.rotate(keysetA);
        KeysetHandle ab = MasterKeys.fromJson(keysetAB).current();
        assertThat(ab.size()).isEqualTo(2);
        TinkVideoCipher rotated = new TinkVideoCipher(MasterKeys.fromJson(keysetAB));
        String idB = rotated.primaryMasterKey();
        assertThat(idB).isNotEqualTo(idA);

        assertThat(openAll(rotated, original, sealed))
                .as("A+B still opens A's wrapping")
                .isEqualTo(plaintext);
        SealedKey rewrapped = rotated.rewrap(original);
        assertThat(rewrapped.masterKey()).isEqualTo(idB);
        assertThat(rewrapped.wrapped()).isNotEqualTo(original.wrapped());
        assertThat(openAll(rotated, rewrapped, sealed)).isEqualTo(plaintext);

        TinkVideoCipher onlyB = new TinkVideoCipher(MasterKeys.fromJson(onlyPrimary(keysetAB)));
        assertThat(onlyB.primaryMasterKey()).isEqualTo(idB);
        assertThat(openAll(onlyB, rewrapped, sealed)).isEqualTo(plaintext);
        assertThatThrownBy(() -> onlyB.open(original, AAD, new BufferChannel(sealed)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(idA);
        assertThatThrownBy(() -> onlyB.rewrap(original)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_master_keyset_file_is_read_again_when_it_is_replaced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("master-keyset.json");
        Files.writeString(file, keysetA);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        TinkVideoCipher fromFile = new TinkVideoCipher(MasterKeys.fromJsonFile(file));
        String idA = fromFile.primaryMasterKey();
        SealedKey original = fromFile.newKey();
        byte[] plaintext = random(MIB + 1, 12);
        ByteBuffer sealed = seal(fromFile, original, AAD, plaintext);
        assertThat(idA).isEqualTo(cipher.primaryMasterKey());

        String keysetAB = MasterKeys.rotate(keysetA);
        Path next = dir.resolve("master-keyset.json.new");
        Files.writeString(next, keysetAB);
        Files.setLastModifiedTime(next, FileTime.from(Instant.parse("2025-02-01T00:00:00Z")));
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        String idB = fromFile.primaryMasterKey();
        assertThat(idB).isNotEqualTo(idA);
        SealedKey rewrapped = fromFile.rewrap(original);
        assertThat(rewrapped.masterKey()).isEqualTo(idB);

        Files.writeString(file, onlyPrimary(keysetAB));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-03-01T00:00:00Z")));
        assertThat(openAll(fromFile, rewrapped, sealed)).isEqualTo(plaintext);
        assertThatThrownBy(() -> fromFile.open(original, AAD, new BufferChannel(sealed)))
                .as("a data key cached under the old master keyset is not used once its master key is gone")
                .isInstanceOf(IllegalStateException.class);

        Files.writeString(file, "{ half written");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-04-01T00:00:00Z")));
        assertThat(fromFile.primaryMasterKey()).as("the keyset last read stays").isEqualTo(idB);
    }

    @Test
    void a_master_keyset_that_does_not_parse_is_refused_without_quoting_it() {
        String secretLooking = "{\"primaryKeyId\": 1, \"key\": [SECRET-MATERIAL";

        assertThatThrownBy(() -> MasterKeys.fromJson(secretLooking))
                .isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET"))
                .hasNoCause();
    }

    // --- digest ----------------------------------------------------------------------------------------

    @Test
    void a_digest_resumed_from_a_saved_state_equals_sha_256_of_the_whole() throws Exception {
        byte[] whole = random(3 * MIB + 333, 13);
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(whole));

        RunningDigest first = cipher.digest(null);
        ByteBuffer direct = ByteBuffer.allocateDirect(MIB + 77);
        direct.put(whole, 0, MIB + 77).flip();
        first.update(direct);
        assertThat(direct.hasRemaining()).isFalse();
        String partial = first.hex();
        byte[] saved = first.state();
        assertThat(first.state()).as("hex() leaves the state alone").isEqualTo(saved);
        assertThat(partial)
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(whole, MIB + 77))));

        RunningDigest resumed = cipher.digest(saved);
        resumed.update(ByteBuffer.wrap(whole, MIB + 77, 1000).slice());
        RunningDigest again = cipher.digest(resumed.state());
        again.update(ByteBuffer.wrap(whole, MIB + 1077, whole.length - MIB - 1077));

        assertThat(again.hex()).isEqualTo(expected);
        assertThat(again.hex()).isEqualTo(expected);
        assertThat(cipher.digest(null).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static ByteBuffer seal(VideoCipher cipher, SealedKey key, byte[] aad, byte[] plaintext) {
        ByteBuffer direct = ByteBuffer.allocateDirect(plaintext.length);
        direct.put(plaintext).flip();
        ByteBuffer out = ByteBuffer.allocate(cipher.sealedSize(plaintext.length));
        int written = cipher.seal(key, aad, direct, out);
        assertThat(written).isEqualTo(out.position());
        return out.flip();
    }

    private static byte[] openAll(VideoCipher cipher, SealedKey key, ByteBuffer sealed) throws IOException {
        try (SeekableByteChannel open = cipher.open(key, AAD, new BufferChannel(sealed))) {
            return readAll(open);
        }
    }

    private static byte[] readAll(SeekableByteChannel channel) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(channel.size()));
        while (all.hasRemaining() && channel.read(all) >= 0) {
            // until every byte is in
        }
        assertThat(channel.read(ByteBuffer.allocate(1)))
                .as("end of stream after %d bytes", all.capacity())
                .isEqualTo(-1);
        return all.array();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** The keyset with its primary key only, as an operator leaves it once everything is re-wrapped. */
    private static String onlyPrimary(String keysetJson) {
        KeysetHandle handle = MasterKeys.fromJson(keysetJson).current();
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
        for (int i = builder.size() - 1; i >= 0; i--) {
            if (!builder.getAt(i).isPrimary()) {
                builder.deleteAt(i);
            }
        }
        try {
            return com.google.crypto.tink.TinkJsonProtoKeysetFormat.serializeKeyset(
                    builder.build(), com.google.crypto.tink.InsecureSecretKeyAccess.get());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A read-only seekable channel over a buffer's remaining bytes, as the blob store gives a part. */
    private static final class BufferChannel implements SeekableByteChannel {
        private final ByteBuffer bytes;
        private boolean open = true;

        BufferChannel(ByteBuffer bytes) {
            this.bytes = bytes.slice();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            ensureOpen();
            if (!bytes.hasRemaining()) {
                return -1;
            }
            int n = Math.min(dst.remaining(), bytes.remaining());
            dst.put(bytes.duplicate().limit(bytes.position() + n));
            bytes.position(bytes.position() + n);
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() throws IOException {
            ensureOpen();
            return bytes.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            ensureOpen();
            bytes.position((int) Math.min(newPosition, bytes.limit()));
            return this;
        }

        @Override
        public long size() throws IOException {
            ensureOpen();
            return bytes.limit();
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }

        private void ensureOpen() throws ClosedChannelException {
            if (!open) {
                throw new ClosedChannelException();
            }
        }
    }
}
