package org.cradle.domain.subjectaccess;

import java.time.Instant;
import java.util.Objects;

/**
 * A records officer's review of one redaction, final once made: withhold the item (the redaction
 * confirmed) or disclose it after all, with the reason either way.
 *
 * @param by the records officer (token subject)
 */
public record Review(Outcome outcome, String reason, String by, Instant at) {

    public static final int MAX_REASON_LENGTH = 500;

    public enum Outcome {
        /** The redaction is confirmed: the package shows a marker in the item's place. */
        WITHHELD,
        /** Disclosed after all: the third party agreed, or it is reasonable to disclose without them. */
        DISCLOSED
    }

    public Review {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
