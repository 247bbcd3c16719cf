package org.cradle.domain.episode;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.InvalidValueException;

/**
 * One stretch of an episode between opening (or reopening) and closing. An episode that is reopened
 * gains a period and keeps the earlier ones: the latest close drives retention.
 *
 * @param outcome how an allegation was concluded, recorded on its close; null for other work, and while open
 */
public record EpisodePeriod(LocalDate openedOn, LocalDate closedOn, String closeReason, AllegationOutcome outcome) {

    public EpisodePeriod {
        Objects.requireNonNull(openedOn, "openedOn");
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            throw new InvalidValueException(
                    "closedOn", "not-before-opened-on", "closedOn must not be before the date the episode was opened.");
        }
        if (closedOn == null && outcome != null) {
            throw new IllegalArgumentException("an outcome is recorded on a close");
        }
    }

    /** A period without an allegation's outcome. */
    public EpisodePeriod(LocalDate openedOn, LocalDate closedOn, String closeReason) {
        this(openedOn, closedOn, closeReason, null);
    }

    static EpisodePeriod openingOn(LocalDate openedOn) {
        return new EpisodePeriod(openedOn, null, null, null);
    }

    EpisodePeriod closedOn(LocalDate on, String reason, AllegationOutcome outcome) {
        return new EpisodePeriod(openedOn, on, reason, outcome);
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public Optional<LocalDate> closed() {
        return Optional.ofNullable(closedOn);
    }

    /** The allegation's outcome recorded on this close, if any. */
    public Optional<AllegationOutcome> allegationOutcome() {
        return Optional.ofNullable(outcome);
    }
}
