package org.cradle.contracts.consent;

import java.time.Instant;
import org.cradle.application.consent.Consents;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.person.PersonId;

class InMemoryConsentsTest extends ConsentsContract {

    private final InMemoryFamilies families = new InMemoryFamilies();
    private final InMemoryConsents consents = new InMemoryConsents(families);

    @Override
    protected Consents consents() {
        return consents;
    }

    @Override
    protected Family family() {
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        Family family =
                Family.start(FamilyId.newId(), new FamilyName("Consenting household"), RecordKeepingMode.LINKED, at);
        family.admit(PersonId.newId(), FamilyRole.MOTHER, true, true, at);
        family.admit(PersonId.newId(), FamilyRole.CHILD, true, false, at);
        families.add(family);
        return family;
    }
}
