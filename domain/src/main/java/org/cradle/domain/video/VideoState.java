package org.cradle.domain.video;

/**
 * Where a video is in its life. Bytes move outside any database transaction, so each step that moves
 * them is a state the row records before and after: a crash leaves a row that says what to clean up.
 */
public enum VideoState {
    /** Its upload is created, with its metadata; no byte received yet. */
    RESERVED,
    /** Some bytes received, not all. */
    RECEIVING,
    /** Every byte received, sealed and checked: it can be played. */
    COMPLETE,
    /** Its upload abandoned, ended by its uploader, or never finished in time: nothing of it is kept. */
    ABANDONED,
    /** Deleted or destroyed: its data key destroyed and its blob removed. */
    DESTROYED;

    public boolean receiving() {
        return this == RESERVED || this == RECEIVING;
    }
}
