package org.cradle.application.video;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cradle.domain.video.VideoId;

/**
 * How each video's bytes are kept: its wrapped data key, its blob, the store's handle on an unfinished
 * blob, and who is appending to it. Apart from the video's record because it is the store's business,
 * and because destroying the key (crypto-shredding) must leave the video's record to say so.
 */
public interface VideoSealings {

    /**
     * @param upload the store's handle on the blob being written, until it is complete
     * @param sealedChunkSize how many bytes each full part takes sealed, once one is written (0 before)
     * @param blobSize the complete blob's size in bytes (0 until it is complete)
     * @param digestState the SHA-256 of the bytes received so far, saved between requests, itself sealed
     * @param keyDestroyedAt when the data key was destroyed, if it was: {@code key} is then null
     */
    record Sealing(
            VideoId video,
            SealedKey key,
            BlobKey blob,
            String upload,
            int chunkSize,
            int sealedChunkSize,
            long blobSize,
            byte[] digestState,
            Instant keyDestroyedAt) {

        public static Sealing start(VideoId video, SealedKey key, int chunkSize) {
            return new Sealing(
                    video, key, new BlobKey("videos/" + video + "/sealed"), null, chunkSize, 0, 0, null, null);
        }

        public Sealing withUpload(String upload) {
            return new Sealing(
                    video, key, blob, upload, chunkSize, sealedChunkSize, blobSize, digestState, keyDestroyedAt);
        }

        /** What a request appended leaves: the size of a sealed part, the digest so far, or the whole blob's size. */
        public Sealing appended(int sealedChunkSize, byte[] digestState, long blobSize) {
            return new Sealing(
                    video, key, blob, upload, chunkSize, sealedChunkSize, blobSize, digestState, keyDestroyedAt);
        }

        public Sealing withKey(SealedKey rewrapped) {
            return new Sealing(
                    video, rewrapped, blob, upload, chunkSize, sealedChunkSize, blobSize, digestState, keyDestroyedAt);
        }

        /** Where the bytes received but not yet a whole part wait, sealed, once {@code received} bytes are in. */
        public BlobKey tail(long received) {
            return new BlobKey("videos/" + video + "/tail-" + received);
        }
    }

    void add(Sealing sealing);

    Optional<Sealing> find(VideoId video);

    void update(Sealing sealing);

    /**
     * Takes the video for appending until {@code until}, unless someone else holds it and their hold has
     * not run out at {@code now}: two requests never append to one upload at once.
     */
    boolean claim(VideoId video, Instant now, Instant until);

    /** Lets go of the video taken by {@link #claim}. */
    void release(VideoId video);

    /** Destroys the wrapped data key (crypto-shredding): the blob is unreadable from then on, copies included. */
    void destroyKey(VideoId video, Instant at);

    /**
     * Up to {@code limit} of the sealings whose key was destroyed and whose blob is not yet removed from
     * the store, earliest destroyed first: what is left to clean up after a destruction whose removal
     * failed or never ran (the service stopped between the two).
     */
    List<Sealing> blobsToRemove(int limit);

    /** The blob of a video whose key was destroyed is gone from the store, since {@code at}. */
    void blobRemoved(VideoId video, Instant at);

    /**
     * Up to {@code limit} sealings whose key is not wrapped by {@code masterKey}, for a rotation, in video
     * id order after {@code after} (from the first when null): a key that cannot be re-wrapped is passed,
     * not met again.
     */
    List<Sealing> wrappedByOtherThan(String masterKey, VideoId after, int limit);
}
