package org.cradle.domain.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;

/**
 * What an accepted referral lets the receiving organisation see of the records the referring
 * organisation holds: these people (all of the family's when empty), these categories.
 */
public record ReferralGrant(OrganisationId from, Set<PersonId> people, Set<InformationCategory> categories) {

    public ReferralGrant {
        Objects.requireNonNull(from, "from");
        people = Set.copyOf(people);
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    public boolean coversEveryone() {
        return people.isEmpty();
    }

    public boolean covers(PersonId person) {
        return people.isEmpty() || people.contains(person);
    }

    /** Whether a record of {@code from}'s, about all of {@code about}, in {@code category}, is covered. */
    public boolean covers(OrganisationId holder, Set<PersonId> about, InformationCategory category) {
        return from.equals(holder)
                && categories.contains(category)
                && about.stream().allMatch(this::covers);
    }
}
