package org.cradle.application.referral;

import java.util.Optional;
import java.util.Set;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.PersonId;

/** Who holds a person's records: the organisations that created the records of the families they belong to. */
public interface Custodians {

    /** The person with this NHS number and the custodians of their families; empty when Cradle holds no such person. */
    Optional<HeldPerson> ofNhsNumber(NhsNumber nhsNumber);

    /** A person and the organisations holding the records of the families they belong to (none, when in no family). */
    record HeldPerson(PersonId person, Set<OrganisationId> custodians) {
        public HeldPerson {
            custodians = Set.copyOf(custodians);
        }
    }
}
