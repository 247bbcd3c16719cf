package org.cradle.application.sharing;

import java.time.Instant;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Which decisions a disclosure log shows; every filter is optional and they combine with AND.
 *
 * @param person decisions about this person: "who has my information been shared with"
 * @param recipient decisions naming this organisation as recipient
 * @param from decided at or after
 * @param to decided before
 */
public record DisclosureQuery(PersonId person, FamilyId family, OrganisationId recipient, Instant from, Instant to) {

    public DisclosureQuery {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("to", "not-before-from", "to must not be before from.");
        }
    }
}
