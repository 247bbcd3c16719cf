package org.cradle.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MembershipTest {

    private static final PersonId PERSON = new PersonId(UUID.fromString("6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51"));
    private static final Instant JOINED = Instant.parse("2026-11-21T10:15:30Z");

    @Test
    void a_child_cannot_hold_parental_responsibility() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Membership(PERSON, FamilyRole.CHILD, true, true, JOINED))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("parentalResponsibility", "child-cannot-hold-parental-responsibility");
    }

    @Test
    void a_child_without_parental_responsibility_is_a_member() {
        Membership child = new Membership(PERSON, FamilyRole.CHILD, true, false, JOINED);

        assertThat(child.role()).isEqualTo(FamilyRole.CHILD);
        assertThat(child.parentalResponsibility()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = FamilyRole.class, names = "CHILD", mode = EnumSource.Mode.EXCLUDE)
    void any_adult_role_may_hold_parental_responsibility(FamilyRole role) {
        assertThat(new Membership(PERSON, role, false, true, JOINED).parentalResponsibility())
                .isTrue();
    }

    @Test
    void a_parent_may_live_apart_from_the_child_and_still_hold_parental_responsibility() {
        Membership father = new Membership(PERSON, FamilyRole.FATHER, false, true, JOINED);

        assertThat(father.livesWithChild()).isFalse();
        assertThat(father.parentalResponsibility()).isTrue();
    }

    @Test
    void requires_a_role() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Membership(PERSON, null, true, false, JOINED))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("role", "required");
    }

    @Test
    void requires_a_person_and_a_joining_time() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new Membership(null, FamilyRole.MOTHER, true, true, JOINED));
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new Membership(PERSON, FamilyRole.MOTHER, true, true, null));
    }
}
