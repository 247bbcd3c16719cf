package org.cradle.contracts.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.contracts.PortContract;
import org.cradle.contracts.Uuids;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.junit.jupiter.api.Test;

/**
 * What every store of families does (the search aside, which is PostgreSQL's: ADR 13): keeps each
 * family with its memberships, stores a change only onto the version it was made from, refuses to hold
 * for a change a family it does not have, and lists a person's families by name, then id.
 */
public abstract class FamiliesContract extends PortContract {

    private static final Instant AT = at("2026-02-01T09:00:00Z");

    protected abstract Families families();

    /** The people, whom the memberships name. */
    protected abstract People people();

    @Test
    void a_family_reads_back_with_its_members_and_a_change_is_stored_onto_the_version_read() {
        PersonId mother = person();
        PersonId infant = person();
        Family family = family("Okafor household", mother);
        transaction(() -> families().add(family));

        Family held = transaction(() -> families().requireForChange(family.id()));
        assertThat(held.members()).isEqualTo(family.members());
        assertThat(held.name()).isEqualTo(family.name());
        held.admit(infant, FamilyRole.CHILD, true, false, AT);
        Family stored = transaction(() -> families().update(held));

        assertThat(stored.version()).isEqualTo(held.version() + 1);
        assertThat(transaction(() -> families().require(family.id())).members()).hasSize(2);
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> transaction(() -> families().update(held)));
        assertThat(transaction(() -> families().find(FamilyId.newId()))).isEmpty();
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> transaction(() -> families().requireForChange(FamilyId.newId())));
    }

    @Test
    void a_persons_families_are_listed_by_name_whatever_its_case_then_by_id() {
        PersonId mother = person();
        Family zeta = family("zeta household", mother);
        Family alpha = family("Alpha household", mother);
        Family twinA = family("Mid household", mother);
        Family twinB = family("mid household", mother);
        transaction(() -> List.of(zeta, alpha, twinA, twinB).forEach(families()::add));
        List<FamilyId> twins = List.of(twinA.id(), twinB.id()).stream()
                .sorted(Comparator.comparing(FamilyId::value, Uuids.ORDER))
                .toList();

        assertThat(transaction(() -> families().familiesOf(mother)))
                .containsExactly(alpha.id(), twins.get(0), twins.get(1), zeta.id());
        assertThat(transaction(() -> families().familiesOf(PersonId.newId()))).isEmpty();
    }

    private PersonId person() {
        Person person = Person.reconstitute(
                PersonId.newId(),
                new PersonName("Family", "Member"),
                new LifeDates(LocalDate.of(1994, 4, 4), null),
                null,
                AT,
                0);
        transaction(() -> people().add(person));
        return person.id();
    }

    private static Family family(String name, PersonId mother) {
        Family family = Family.start(FamilyId.newId(), new FamilyName(name), RecordKeepingMode.LINKED, AT);
        family.admit(mother, FamilyRole.MOTHER, true, true, AT);
        return family;
    }
}
