package org.cradle.contracts.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.cradle.application.video.BlobKey;
import org.cradle.application.video.BlobStore;
import org.junit.jupiter.api.Test;

/**
 * What every blob store does: a blob written in parts, in any order, reads back byte for byte once
 * complete and not before; a part written again replaces it; small blobs are put and got whole; and
 * delete removes a blob, complete or not, as often as it is asked. Each test names its own blobs, so the
 * contract can run against a store other tests share.
 */
public abstract class BlobStoreContract {

    private static final int PART = BlobStore.MIN_PART_SIZE;

    private final Random random = new Random();

    protected abstract BlobStore store();

    @Test
    void parts_written_out_of_order_and_completed_read_back_exactly() {
        BlobKey key = freshKey("video");
        byte[] blob = randomBytes(2 * PART + 1_234_567);
        String upload = store().begin(key);

        store().writePart(key, upload, 3, 2L * PART, slice(blob, 2 * PART, blob.length));
        store().writePart(key, upload, 1, 0, slice(blob, 0, PART));
        store().writePart(key, upload, 2, PART, slice(blob, PART, 2 * PART));
        store().complete(key, upload, 3);

        assertThat(store().size(key)).isEqualTo(blob.length);
        assertThat(sha256(readAll(key, 1024 * 1024))).isEqualTo(sha256(blob));
        assertThat(readAt(key, 0, 1)).containsExactly(blob[0]);
        assertThat(readAt(key, PART - 100, 200)).isEqualTo(Arrays.copyOfRange(blob, PART - 100, PART + 100));
        assertThat(readAt(key, 2L * PART - 1, 2)).isEqualTo(Arrays.copyOfRange(blob, 2 * PART - 1, 2 * PART + 1));
        assertThat(readAt(key, blob.length - 1, 1)).containsExactly(blob[blob.length - 1]);
        assertThat(readAt(key, blob.length - 10, 100))
                .isEqualTo(Arrays.copyOfRange(blob, blob.length - 10, blob.length));
        assertThat(store().read(key, blob.length, ByteBuffer.allocate(16))).isEqualTo(-1);
        assertThat(store().read(key, blob.length + 1000L, ByteBuffer.allocate(16)))
                .isEqualTo(-1);

        store().delete(key);
    }

    @Test
    void a_part_written_again_replaces_the_first_writing() {
        BlobKey key = freshKey("rewritten");
        byte[] first = randomBytes(PART);
        byte[] again = randomBytes(PART);
        byte[] last = randomBytes(4096);
        String upload = store().begin(key);

        store().writePart(key, upload, 1, 0, ByteBuffer.wrap(first));
        store().writePart(key, upload, 2, PART, ByteBuffer.wrap(last));
        store().writePart(key, upload, 1, 0, ByteBuffer.wrap(again));
        store().complete(key, upload, 2);

        assertThat(readAll(key, 1024 * 1024)).isEqualTo(concat(again, last));
        store().delete(key);
    }

    @Test
    void a_blob_not_yet_complete_cannot_be_read() {
        BlobKey key = freshKey("incomplete");
        String upload = store().begin(key);
        store().writePart(key, upload, 1, 0, ByteBuffer.wrap(randomBytes(1000)));

        assertThatThrownBy(() -> store().size(key)).isInstanceOf(BlobStore.Missing.class);
        assertThatThrownBy(() -> store().read(key, 0, ByteBuffer.allocate(10))).isInstanceOf(BlobStore.Missing.class);
        assertThat(store().get(key)).isEmpty();
        store().delete(key);
    }

    @Test
    void a_small_blob_is_put_whole_got_back_and_replaced() {
        BlobKey key = freshKey("tail.json");

        store().put(key, utf8("{\"first\":true}"));
        assertThat(store().get(key)).hasValueSatisfying(bytes -> assertThat(bytes)
                .isEqualTo("{\"first\":true}".getBytes(StandardCharsets.UTF_8)));

        store().put(key, utf8("second"));
        assertThat(store().get(key))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo("second".getBytes(StandardCharsets.UTF_8)));
        assertThat(store().size(key)).isEqualTo(6);
        assertThat(readAt(key, 2, 10)).isEqualTo("cond".getBytes(StandardCharsets.UTF_8));
        store().delete(key);
    }

    @Test
    void a_blob_never_put_is_not_got() {
        assertThat(store().get(freshKey("absent"))).isEmpty();
    }

    @Test
    void delete_removes_a_complete_blob_and_one_still_being_written_and_may_be_repeated() {
        BlobKey complete = freshKey("complete");
        store().put(complete, utf8("kept until deleted"));
        BlobKey unfinished = freshKey("unfinished");
        String upload = store().begin(unfinished);
        store().writePart(unfinished, upload, 1, 0, ByteBuffer.wrap(randomBytes(2048)));

        store().delete(complete);
        store().delete(unfinished);

        assertThat(store().get(complete)).isEmpty();
        assertThatThrownBy(() -> store().size(complete)).isInstanceOf(BlobStore.Missing.class);
        assertThatThrownBy(() -> store().complete(unfinished, upload, 1)).isInstanceOf(BlobStore.Missing.class);
        assertThatThrownBy(() -> store().size(unfinished)).isInstanceOf(BlobStore.Missing.class);
        store().delete(complete);
        store().delete(unfinished);
        store().delete(freshKey("never-written"));
    }

    @Test
    void a_blob_that_does_not_exist_has_no_size_and_cannot_be_read() {
        BlobKey key = freshKey("missing");

        assertThatThrownBy(() -> store().size(key)).isInstanceOf(BlobStore.Missing.class);
        assertThatThrownBy(() -> store().read(key, 0, ByteBuffer.allocate(10))).isInstanceOf(BlobStore.Missing.class);
    }

    /** A name no other test uses, with a directory in it, as the callers' keys have. */
    protected static BlobKey freshKey(String name) {
        return new BlobKey("contract/" + UUID.randomUUID() + "/" + name);
    }

    private byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Reads the whole blob as a caller streams it, a buffer at a time. */
    private byte[] readAll(BlobKey key, int bufferSize) {
        long size = store().size(key);
        byte[] whole = new byte[Math.toIntExact(size)];
        ByteBuffer into = ByteBuffer.allocate(bufferSize);
        long position = 0;
        int read;
        while ((read = store().read(key, position, into.clear())) != -1) {
            into.flip().get(whole, (int) position, read);
            position += read;
        }
        assertThat(position).isEqualTo(size);
        return whole;
    }

    /** Up to {@code length} bytes from {@code position}: fewer only at the end of the blob. */
    private byte[] readAt(BlobKey key, long position, int length) {
        ByteBuffer into = ByteBuffer.allocate(length);
        // A store may answer with fewer bytes than there is room for: it is asked again until the end.
        int read;
        do {
            read = store().read(key, position + into.position(), into);
        } while (read > 0 && into.hasRemaining());
        return Arrays.copyOf(into.array(), into.position());
    }

    private static ByteBuffer slice(byte[] bytes, int from, int to) {
        return ByteBuffer.wrap(bytes, from, to - from);
    }

    private static ByteBuffer utf8(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
