package org.cradle.domain.access;

import java.util.Objects;
import org.cradle.domain.person.PersonId;

/**
 * That the consent in force of {@code person} excludes {@code excluded}, another member of the family,
 * from seeing or being told anything about them (a mother's consent excluding a father she fled, say).
 * It binds whatever is shown to a family member: the families' own view, a subject-access export.
 */
public record Exclusion(PersonId person, PersonId excluded) {

    public Exclusion {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(excluded, "excluded");
    }
}
