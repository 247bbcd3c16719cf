package org.cradle.domain.consent;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.person.PersonId;

/** May information about {@code subject}, of these categories, go to {@code recipient} for {@code purpose} on {@code on}? */
public record CoverageQuestion(
        PersonId subject, Purpose purpose, Party recipient, Set<InformationCategory> categories, LocalDate on) {

    public CoverageQuestion {
        Objects.requireNonNull(subject, "subject");
        if (purpose == null) {
            throw new InvalidValueException("purpose", "required", "purpose is required.");
        }
        if (recipient == null) {
            throw new InvalidValueException("recipient", "required", "recipient is required.");
        }
        if (categories == null || categories.isEmpty()) {
            throw new InvalidValueException("categories", "required", "categories must name at least one value.");
        }
        categories = Set.copyOf(categories);
        Objects.requireNonNull(on, "on");
    }
}
