package org.cradle.application.video;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Where the sealed bytes of videos are kept: the local filesystem by default, S3-compatible object
 * storage in deployments. Bytes only: what they mean (sealed parts of a video, its tail) is the
 * caller's. Nothing here runs inside a database transaction, and every method may be called again
 * after a failure or a crash with the same arguments and the same outcome.
 *
 * <p>A large blob is written in numbered parts, as S3's multipart upload does it: {@link #begin}, then
 * {@link #writePart} for each part in any order (writing a part again replaces it), then {@link
 * #complete}. Until it is complete the blob cannot be read; {@link #delete} removes it, complete or not.
 *
 * <p>Failures are {@link Unavailable} (the store cannot be reached or refused: try later), {@link Full}
 * (no space left) and {@link Missing} (no such blob).
 */
public interface BlobStore {

    /**
     * Begins a blob written in parts; returns what the store needs to go on with it later (an S3
     * multipart upload's id), to be kept by the caller and given back to the other methods.
     */
    String begin(BlobKey key);

    /**
     * Writes part {@code number} (from 1), the buffer's remaining bytes, which start at byte {@code
     * offset} of the blob. Every part but the last must be at least {@link #MIN_PART_SIZE} bytes.
     */
    void writePart(BlobKey key, String upload, int number, long offset, ByteBuffer part);

    /** Makes parts 1 to {@code parts} one readable blob, in order. */
    void complete(BlobKey key, String upload, int parts);

    /** The size in bytes of a complete blob. */
    long size(BlobKey key);

    /**
     * Reads bytes of a complete blob from {@code position} into the buffer's remaining space; returns how
     * many were read, or -1 when {@code position} is at or past the end.
     */
    int read(BlobKey key, long position, ByteBuffer into);

    /** Stores a small blob whole (at most a few megabytes), replacing any blob of that name. */
    void put(BlobKey key, ByteBuffer bytes);

    /** A small blob stored whole by {@link #put}, if there is one. */
    Optional<byte[]> get(BlobKey key);

    /** Removes the blob, complete or still being written, and its parts; nothing if there is none. */
    void delete(BlobKey key);

    /** The smallest part but the last that S3 accepts in a multipart upload. */
    int MIN_PART_SIZE = 5 * 1024 * 1024;

    /** The store cannot be reached, or refused for a reason that may pass: answered 503. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The store has no space left for the bytes: answered 507. */
    final class Full extends RuntimeException {
        public Full(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** No blob of that name, or not complete. */
    final class Missing extends RuntimeException {
        public Missing(BlobKey key) {
            super("no blob " + key);
        }
    }
}
