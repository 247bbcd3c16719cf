package org.cradle.domain.video;

/** What the last check of a video's stored bytes found. */
public enum Integrity {
    /** Not checked since it was received (it was checked as it came in). */
    UNCHECKED,
    /** Every part decrypted and authenticated, and the whole matches the SHA-256 taken on the way in. */
    INTACT,
    /** A part missing, altered or unreadable, or the whole not what was received: never served as if whole. */
    FAILED
}
