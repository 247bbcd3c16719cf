package org.cradle.domain.video;

/**
 * Whose a video is. A session video is the parent's, held for the work and then given back or
 * deleted; it becomes part of the infant's formal record only by a recorded decision, and is then kept
 * as that record is.
 */
public enum Ownership {
    PARENT_PROPERTY,
    FORMAL_RECORD
}
