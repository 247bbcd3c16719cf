package org.cradle.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.junit.jupiter.api.Test;

class ConsentAuthorityTest {

    private static final LocalDate TODAY = Consents.TODAY;
    private static final Instant NOW = Consents.NOW;

    private final Person mother = person(Consents.MOTHER, LocalDate.of(1994, 2, 11));
    private final Person infant = person(Consents.INFANT, LocalDate.of(2026, 9, 1));
    private final Person father = person(Consents.FATHER, LocalDate.of(1990, 5, 5));
    private final PersonId carerWithoutResponsibility = PersonId.newId();
    private final Family family = family();

    private static Person person(PersonId id, LocalDate born) {
        return Person.reconstitute(id, new PersonName("Given", "Family"), new LifeDates(born, null), null, NOW, 0);
    }

    private Family family() {
        Family family =
                Family.start(Consents.FAMILY, new FamilyName("Okafor–Bell household"), RecordKeepingMode.LINKED, NOW);
        family.admit(Consents.MOTHER, FamilyRole.MOTHER, true, true, NOW);
        family.admit(Consents.INFANT, FamilyRole.CHILD, true, false, NOW);
        family.admit(Consents.FATHER, FamilyRole.FATHER, false, true, NOW);
        family.admit(carerWithoutResponsibility, FamilyRole.CARER, true, false, NOW);
        return family;
    }

    @Test
    void an_adult_decides_for_themselves() {
        assertThatCode(() -> ConsentAuthority.check(family, mother, Consents.MOTHER, Set.of(), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void a_parent_with_parental_responsibility_decides_for_an_infant_even_when_living_apart() {
        assertThatCode(() -> ConsentAuthority.check(family, infant, Consents.MOTHER, Set.of(), TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConsentAuthority.check(family, infant, Consents.FATHER, Set.of(), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void a_member_without_parental_responsibility_cannot_decide_for_an_infant() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> ConsentAuthority.check(family, infant, carerWithoutResponsibility, Set.of(), TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("no-parental-responsibility"))
                .satisfies(e -> assertThat(e.field()).contains("grantorId"));
    }

    @Test
    void an_infant_does_not_decide_for_themselves() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> ConsentAuthority.check(family, infant, Consents.INFANT, Set.of(), TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("decided-by-parental-responsibility"));
    }

    @Test
    void no_one_decides_for_an_adult() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> ConsentAuthority.check(family, father, Consents.MOTHER, Set.of(), TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("decides-for-themselves"));
    }

    @Test
    void a_child_of_sixteen_decides_for_themselves() {
        Person teenager = person(PersonId.newId(), TODAY.minusYears(16));
        family.admit(teenager.id(), FamilyRole.CHILD, true, false, NOW);

        assertThatCode(() -> ConsentAuthority.check(family, teenager, teenager.id(), Set.of(), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void subject_and_grantor_must_be_members_of_the_family() {
        Person stranger = person(PersonId.newId(), LocalDate.of(1980, 1, 1));

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> ConsentAuthority.check(family, stranger, stranger.id(), Set.of(), TODAY))
                .satisfies(e -> assertThat(e.field()).contains("subjectId"));
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> ConsentAuthority.check(family, infant, stranger.id(), Set.of(), TODAY))
                .satisfies(e -> assertThat(e.field()).contains("grantorId"));
    }

    @Test
    void only_other_members_of_the_family_can_be_excluded() {
        assertThatCode(() -> ConsentAuthority.check(family, mother, Consents.MOTHER, Set.of(Consents.FATHER), TODAY))
                .doesNotThrowAnyException();
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(
                        () -> ConsentAuthority.check(family, mother, Consents.MOTHER, Set.of(PersonId.newId()), TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("not-another-member"));
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(
                        () -> ConsentAuthority.check(family, mother, Consents.MOTHER, Set.of(Consents.MOTHER), TODAY));
    }
}
