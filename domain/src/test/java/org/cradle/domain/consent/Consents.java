package org.cradle.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/** Shared test data: one family, a mother and her infant, terms that are easy to vary. */
final class Consents {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    static final FamilyId FAMILY = new FamilyId(UUID.fromString("0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b10"));
    static final PersonId MOTHER = new PersonId(UUID.fromString("6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51"));
    static final PersonId INFANT = new PersonId(UUID.fromString("a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6"));
    static final PersonId FATHER = new PersonId(UUID.fromString("b4c6d8e0-2f3a-4b5c-9d7e-f0a1b2c3d4e5"));
    static final OrganisationId NORTH = new OrganisationId("north-council");
    static final OrganisationId HEALTH = new OrganisationId("RX1");
    static final Actor PRACTITIONER = new Practitioner("j.adeyemi", NORTH, Set.of(Role.PRACTITIONER));

    private Consents() {}

    static ConsentTerms terms(LocalDate effectiveFrom, LocalDate reviewBy) {
        return new ConsentTerms(
                EnumSet.of(Purpose.DIRECT_SUPPORT),
                List.of(Recipient.organisation(HEALTH)),
                EnumSet.of(InformationCategory.BASIC_DETAILS, InformationCategory.MENTAL_HEALTH),
                Set.of(),
                NotesKeptIn.PARENT_RECORD,
                ConsentMethod.EXPLICIT_WRITTEN,
                effectiveFrom,
                reviewBy,
                "form-2026-0142");
    }

    static ConsentTerms termsFrom(LocalDate effectiveFrom) {
        return terms(effectiveFrom, effectiveFrom.plusMonths(6));
    }

    static Consent given(LocalDate effectiveFrom) {
        return Consent.record(
                ConsentId.newId(),
                FAMILY,
                MOTHER,
                MOTHER,
                Decision.GIVEN,
                termsFrom(effectiveFrom),
                PRACTITIONER,
                TODAY,
                NOW);
    }
}
