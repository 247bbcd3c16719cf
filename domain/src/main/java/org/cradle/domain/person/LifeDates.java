package org.cradle.domain.person;

import java.time.LocalDate;
import java.util.Optional;
import org.cradle.domain.InvalidValueException;

/**
 * A person's date of birth and, if they have died, date of death. Both drive retention periods
 * ({@code DOB+25y}, {@code DOD+10y}), so neither may lie in the future nor contradict the other.
 */
public record LifeDates(LocalDate dateOfBirth, LocalDate dateOfDeath) {

    public LifeDates {
        if (dateOfBirth == null) {
            throw new InvalidValueException("dateOfBirth", "required", "dateOfBirth is required.");
        }
        if (dateOfDeath != null && dateOfDeath.isBefore(dateOfBirth)) {
            throw new InvalidValueException(
                    "dateOfDeath", "not-before-date-of-birth", "dateOfDeath must not be before dateOfBirth.");
        }
    }

    /** Refuses dates that have not happened yet, as seen on {@code today}. */
    public LifeDates notAfter(LocalDate today) {
        if (dateOfBirth.isAfter(today)) {
            throw new InvalidValueException("dateOfBirth", "not-in-future", "dateOfBirth must not be in the future.");
        }
        if (dateOfDeath != null && dateOfDeath.isAfter(today)) {
            throw new InvalidValueException("dateOfDeath", "not-in-future", "dateOfDeath must not be in the future.");
        }
        return this;
    }

    public Optional<LocalDate> death() {
        return Optional.ofNullable(dateOfDeath);
    }
}
