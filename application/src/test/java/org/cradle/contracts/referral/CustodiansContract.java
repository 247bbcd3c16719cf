package org.cradle.contracts.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.access.Involvements;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.application.referral.Custodians;
import org.cradle.contracts.PortContract;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.junit.jupiter.api.Test;

/**
 * What every answer to "who holds this person's records" gives: the person with the NHS number and the
 * organisations that created the records of the families they belong to (not those referred to them);
 * none for a person in no family, nothing for a number nobody holds.
 */
public abstract class CustodiansContract extends PortContract {

    private static final Instant AT = Instant.parse("2026-02-01T09:00:00Z");

    protected abstract Custodians custodians();

    protected abstract People people();

    protected abstract Families families();

    protected abstract Involvements involvements();

    @Test
    void a_person_is_held_by_the_custodians_of_each_of_their_families_and_by_no_referred_organisation() {
        OrganisationId north = organisation("north");
        OrganisationId south = organisation("south");
        Person mother = person(freshNhsNumber());
        transaction(() -> people().add(mother));
        FamilyId first = family(north, mother.id());
        family(south, mother.id());
        transaction(() -> involvements()
                .addReferral(
                        first,
                        organisation("referred"),
                        north,
                        UUID.randomUUID(),
                        Set.of(),
                        Set.of(InformationCategory.BASIC_DETAILS),
                        AT));

        assertThat(transaction(() -> custodians().ofNhsNumber(mother.nhsNumber().orElseThrow())))
                .contains(new Custodians.HeldPerson(mother.id(), Set.of(north, south)));
    }

    @Test
    void a_person_in_no_family_is_held_by_nobody_and_an_unknown_number_is_not_found() {
        Person alone = person(freshNhsNumber());
        transaction(() -> people().add(alone));

        assertThat(transaction(() -> custodians().ofNhsNumber(alone.nhsNumber().orElseThrow())))
                .contains(new Custodians.HeldPerson(alone.id(), Set.of()));
        assertThat(transaction(() -> custodians().ofNhsNumber(freshNhsNumber())))
                .isEmpty();
    }

    private FamilyId family(OrganisationId custodian, PersonId member) {
        Family family = Family.start(FamilyId.newId(), new FamilyName("Held household"), RecordKeepingMode.LINKED, AT);
        family.admit(member, FamilyRole.MOTHER, true, true, AT);
        transaction(() -> {
            families().add(family);
            involvements().addCustodian(family.id(), custodian, AT);
        });
        return family.id();
    }

    private static Person person(NhsNumber nhsNumber) {
        return Person.reconstitute(
                PersonId.newId(),
                new PersonName("Held", "Person"),
                new LifeDates(LocalDate.of(1994, 4, 4), null),
                nhsNumber,
                AT,
                0);
    }
}
