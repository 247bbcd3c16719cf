package org.cradle.contracts.video;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.cradle.application.video.BlobKey;
import org.cradle.application.video.BlobStore;

/**
 * A blob store in memory, behaving as S3 does: several uploads of one key may be open at once, each
 * its own parts, and only {@link #complete} makes one of them the blob.
 */
public final class InMemoryBlobStore implements BlobStore {

    private final Map<BlobKey, byte[]> blobs = new HashMap<>();
    private final Map<String, Upload> uploads = new HashMap<>();

    private record Upload(BlobKey key, TreeMap<Integer, byte[]> parts) {}

    @Override
    public synchronized String begin(BlobKey key) {
        String id = UUID.randomUUID().toString();
        uploads.put(id, new Upload(key, new TreeMap<>()));
        return id;
    }

    @Override
    public synchronized void writePart(BlobKey key, String upload, int number, long offset, ByteBuffer part) {
        Upload open = open(key, upload);
        open.parts().put(number, bytesOf(part));
    }

    @Override
    public synchronized void complete(BlobKey key, String upload, int parts) {
        Upload open = uploads.get(upload);
        if (open == null || !open.key().equals(key)) {
            // Completed already, by a call that the caller did not see succeed.
            if (blobs.containsKey(key)) {
                return;
            }
            throw new Missing(key);
        }
        ByteBuffer whole = ByteBuffer.allocate(
                open.parts().values().stream().mapToInt(bytes -> bytes.length).sum());
        for (int number = 1; number <= parts; number++) {
            byte[] bytes = open.parts().get(number);
            if (bytes == null) {
                throw new IllegalStateException("part " + number + " of " + key + " was never written");
            }
            if (number < parts && bytes.length < MIN_PART_SIZE) {
                throw new IllegalArgumentException("part " + number + " of " + key + " is under the minimum size");
            }
            whole.put(bytes);
        }
        byte[] blob = new byte[whole.position()];
        whole.flip().get(blob);
        blobs.put(key, blob);
        uploads.remove(upload);
    }

    @Override
    public synchronized long size(BlobKey key) {
        return blob(key).length;
    }

    @Override
    public synchronized int read(BlobKey key, long position, ByteBuffer into) {
        byte[] blob = blob(key);
        if (position >= blob.length) {
            return -1;
        }
        int count = (int) Math.min(into.remaining(), blob.length - position);
        into.put(blob, (int) position, count);
        return count;
    }

    @Override
    public synchronized void put(BlobKey key, ByteBuffer bytes) {
        blobs.put(key, bytesOf(bytes));
    }

    @Override
    public synchronized Optional<byte[]> get(BlobKey key) {
        return Optional.ofNullable(blobs.get(key)).map(byte[]::clone);
    }

    @Override
    public synchronized void delete(BlobKey key) {
        blobs.remove(key);
        uploads.values().removeIf(upload -> upload.key().equals(key));
    }

    private Upload open(BlobKey key, String upload) {
        Upload open = uploads.get(upload);
        if (open == null || !open.key().equals(key)) {
            throw new Missing(key);
        }
        return open;
    }

    private byte[] blob(BlobKey key) {
        byte[] blob = blobs.get(key);
        if (blob == null) {
            throw new Missing(key);
        }
        return blob;
    }

    /** The buffer's remaining bytes, leaving the caller's buffer as it was, as the real stores do. */
    private static byte[] bytesOf(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
