package org.cradle.domain.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cradle.domain.Text;

/**
 * A correction of an episode's close made after the fact, kept in the episode's history: the day the work
 * really stopped, or the outcome an allegation was really concluded with, what the close said before, who
 * corrected it, when and why. The close is the only record of when work stopped, and retention counts from
 * it, so it is never changed without one.
 *
 * @param period the period whose close was corrected, counted from 0
 * @param closedOnBefore the close date the correction replaced; equal to {@code closedOn} when only the
 *     outcome was corrected
 * @param outcomeBefore the allegation's outcome the correction replaced (null if none was recorded), when the
 *     outcome was corrected; null otherwise
 * @param outcome the outcome it recorded instead, when the outcome was corrected; null otherwise
 */
public record ClosureCorrection(
        int period,
        LocalDate closedOnBefore,
        LocalDate closedOn,
        AllegationOutcome outcomeBefore,
        AllegationOutcome outcome,
        String reason,
        String correctedBy,
        Instant correctedAt) {

    public static final int MAX_REASON_LENGTH = 2000;

    public ClosureCorrection {
        if (period < 0) {
            throw new IllegalArgumentException("periods are counted from 0");
        }
        Objects.requireNonNull(closedOnBefore, "closedOnBefore");
        Objects.requireNonNull(closedOn, "closedOn");
        if (outcomeBefore != null && outcome == null) {
            throw new IllegalArgumentException("a corrected outcome says what it became");
        }
        reason = Text.requiredParagraphs("reason", reason, MAX_REASON_LENGTH);
        Objects.requireNonNull(correctedBy, "correctedBy");
        Objects.requireNonNull(correctedAt, "correctedAt");
    }

    /** Whether the correction changed the allegation's outcome (not only the close date). */
    public boolean correctsOutcome() {
        return outcome != null;
    }
}
