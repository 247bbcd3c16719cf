package org.cradle.domain.consent;

import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Role;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Who would receive information, in a coverage question: an organisation (with, when known, the role
 * and the practitioner who would see it), or a member of the family.
 */
public record Party(OrganisationId organisation, Role role, String practitioner, PersonId familyMember) {

    public Party {
        if ((organisation == null) == (familyMember == null)) {
            throw new InvalidValueException(
                    "organisation",
                    "organisation-or-family-member",
                    "The recipient is either an organisation (with an optional role and practitioner) or a"
                            + " family member (personId).");
        }
        if (familyMember != null && (role != null || practitioner != null)) {
            throw new InvalidValueException(
                    "personId",
                    "organisation-or-family-member",
                    "A family member recipient has no role or practitioner.");
        }
        if (practitioner != null) {
            practitioner = Text.required("practitioner", practitioner, Recipient.MAX_PRACTITIONER_LENGTH);
        }
    }

    public static Party organisation(OrganisationId organisation, Role role, String practitioner) {
        return new Party(organisation, role, practitioner, null);
    }

    public static Party familyMember(PersonId person) {
        return new Party(null, null, null, person);
    }
}
