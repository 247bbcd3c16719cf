package org.cradle.domain.sharing;

/** What the decider decided: a decision not to share is recorded as carefully as one to share. */
public enum SharingChoice {
    SHARE,
    DO_NOT_SHARE
}
