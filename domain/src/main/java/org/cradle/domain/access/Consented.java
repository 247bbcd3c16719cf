package org.cradle.domain.access;

import java.util.Objects;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;

/**
 * That a person's consent, in force on the day asked, covers information of this category about them
 * going to the actor (their organisation, role, themselves, or the team around the family they are
 * on) for direct support: whichever organisation holds it.
 */
public record Consented(PersonId person, InformationCategory category) {

    public Consented {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(category, "category");
    }
}
