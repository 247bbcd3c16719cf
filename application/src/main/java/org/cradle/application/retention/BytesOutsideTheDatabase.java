package org.cradle.application.retention;

/**
 * What a destruction leaves outside the database: bytes in a store (a video's sealed blob) whose key the
 * destruction destroyed in its transaction. They are unreadable from that commit on; removing them is
 * storage housekeeping, done after the transaction and never inside it (bytes move outside any database
 * transaction), and redone until it succeeds.
 */
public interface BytesOutsideTheDatabase {

    /** Removes what destructions left in the stores; returns how many blobs went. */
    int removeLeftovers();
}
