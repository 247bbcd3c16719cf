package org.cradle.domain.subjectaccess;

import java.time.LocalDate;
import java.util.Objects;
import org.cradle.domain.Dates;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.person.PersonId;

/**
 * A request to see everything held about a person: made by the person, or for an infant or child by
 * someone with parental responsibility for them (the requester), on the day it was received.
 *
 * @param person whose information it is
 * @param requester who asked, and to whom the package goes: the person, or a parent acting for them
 */
public record SubjectAccessRequest(PersonId person, PersonId requester, LocalDate receivedOn) {

    public SubjectAccessRequest {
        Objects.requireNonNull(person, "person");
        requester = requester == null ? person : requester;
        if (receivedOn == null) {
            throw new InvalidValueException("receivedOn", "required", "receivedOn is required.");
        }
        receivedOn = Dates.within("receivedOn", receivedOn);
    }

    /** Whether someone other than the person asked for them (a parent for their infant). */
    public boolean onBehalf() {
        return !requester.equals(person);
    }

    /**
     * When the answer is due: one month after the request was received (UK GDPR, article 12(3)), on the
     * corresponding day, or the month's last day when it has none.
     */
    public LocalDate respondBy() {
        return receivedOn.plusMonths(1);
    }

    /** Whether information about {@code someone} is the person's or the requester's own. */
    boolean ownTo(PersonId someone) {
        return person.equals(someone) || requester.equals(someone);
    }
}
