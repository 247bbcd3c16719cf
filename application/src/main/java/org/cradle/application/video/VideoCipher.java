package org.cradle.application.video;

import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * Envelope encryption of videos: a fresh data key for each video, wrapped by the configured master
 * keyset; parts sealed with a streaming AEAD and opened seekably, so that a range is read by decrypting
 * only the segments it touches. Each part is bound to its place by its associated data, so parts cannot
 * be swapped, dropped or cut short unnoticed.
 */
public interface VideoCipher {

    /** A new data key, wrapped by the master keyset's primary key. */
    SealedKey newKey();

    /** The same data key wrapped by the primary key, for a rotation; the video's bytes are untouched. */
    SealedKey rewrap(SealedKey key);

    /** The id of the master keyset's primary key, as {@link SealedKey#masterKey()} names it. */
    String primaryMasterKey();

    /**
     * Seals the plaintext's remaining bytes into {@code out}, which must have {@link #sealedSize} of them
     * free; returns how many were written.
     */
    int seal(SealedKey key, byte[] associatedData, ByteBuffer plaintext, ByteBuffer out);

    /** The most bytes sealing {@code plaintextSize} bytes can take. */
    int sealedSize(int plaintextSize);

    /**
     * The plaintext of one sealed part, readable from any position; reading fails with an {@link
     * java.io.IOException} when a segment it touches was altered or is missing.
     */
    SeekableByteChannel open(SealedKey key, byte[] associatedData, SeekableByteChannel sealed);

    /** A data key the master keyset cannot unwrap: the master key that wrapped it is gone, or the wrap is damaged. */
    final class UnreadableKey extends IllegalStateException {
        public UnreadableKey(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A SHA-256 that can be carried from one request to the next: started afresh, or from a saved state. */
    RunningDigest digest(byte[] savedState);

    /** A SHA-256 on the way: its state saved between requests, its hex value when every byte is in. */
    interface RunningDigest {
        void update(ByteBuffer bytes);

        byte[] state();

        String hex();
    }
}
