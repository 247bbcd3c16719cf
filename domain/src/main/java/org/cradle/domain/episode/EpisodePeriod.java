package org.cradle.domain.episode;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.InvalidValueException;

/**
 * One stretch of an episode between opening (or reopening) and closing. An episode that is reopened
 * gains a period and keeps the earlier ones: the latest close drives retention.
 */
public record EpisodePeriod(LocalDate openedOn, LocalDate closedOn, String closeReason) {

    public EpisodePeriod {
        Objects.requireNonNull(openedOn, "openedOn");
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            throw new InvalidValueException(
                    "closedOn", "not-before-opened-on", "closedOn must not be before the date the episode was opened.");
        }
    }

    static EpisodePeriod openingOn(LocalDate openedOn) {
        return new EpisodePeriod(openedOn, null, null);
    }

    EpisodePeriod closedOn(LocalDate on, String reason) {
        return new EpisodePeriod(openedOn, on, reason);
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public Optional<LocalDate> closed() {
        return Optional.ofNullable(closedOn);
    }
}
