package org.cradle.domain.video;

import java.time.Instant;
import java.util.Objects;
import org.cradle.domain.Text;

/** A recorded decision on whose a video is: to what, why, by whom, when. Never changed once made. */
public record OwnershipDecision(Ownership to, String reason, String decidedBy, Instant decidedAt) {

    public static final int MAX_REASON_LENGTH = 1000;

    public OwnershipDecision {
        Objects.requireNonNull(to, "to");
        reason = Text.required("reason", reason, MAX_REASON_LENGTH);
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
