package org.cradle.application.video;

import java.util.Arrays;
import java.util.Objects;

/**
 * A video's own data key as stored: wrapped (encrypted) by a master key from configuration, which never
 * leaves the service's configuration. Destroying this destroys the video: its blob cannot be read without it.
 *
 * @param wrapped the data key, encrypted by the master key
 * @param masterKey which master key wrapped it, so that a rotation knows what is left to re-wrap
 */
public record SealedKey(byte[] wrapped, String masterKey) {

    public SealedKey {
        Objects.requireNonNull(wrapped, "wrapped");
        Objects.requireNonNull(masterKey, "masterKey");
        wrapped = wrapped.clone();
    }

    @Override
    public byte[] wrapped() {
        return wrapped.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedKey key && Arrays.equals(wrapped, key.wrapped) && masterKey.equals(key.masterKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(wrapped) * 31 + masterKey.hashCode();
    }

    @Override
    public String toString() {
        return "SealedKey[by " + masterKey + "]";
    }
}
