package org.cradle.application.video;

import java.time.Duration;
import java.util.Objects;

/**
 * How videos are taken in and kept, from configuration.
 *
 * @param maxLength the largest video accepted, in bytes
 * @param uploadExpiry how long an upload may take from its creation before it is abandoned
 * @param playbackSession how long a pause between ranges still counts as one playback in the audit trail
 * @param chunkSize how many plaintext bytes each sealed part holds (at least the store's smallest part)
 */
public record VideoSettings(long maxLength, Duration uploadExpiry, Duration playbackSession, int chunkSize) {

    public static final int DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;

    public VideoSettings {
        if (maxLength < 1) {
            throw new IllegalArgumentException("cradle.videos.max-length must be at least 1 byte");
        }
        Objects.requireNonNull(uploadExpiry, "uploadExpiry");
        Objects.requireNonNull(playbackSession, "playbackSession");
        if (uploadExpiry.isNegative() || uploadExpiry.isZero()) {
            throw new IllegalArgumentException("cradle.videos.upload-expiry must be positive");
        }
        if (chunkSize < BlobStore.MIN_PART_SIZE) {
            throw new IllegalArgumentException("a part must hold at least " + BlobStore.MIN_PART_SIZE + " bytes");
        }
    }
}
