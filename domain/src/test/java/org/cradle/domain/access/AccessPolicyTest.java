package org.cradle.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessPolicyTest {

    private static final OrganisationId RX1 = new OrganisationId("RX1");

    private static Actor actorWith(Role... roles) {
        return new Actor("someone", RX1, Set.of(roles));
    }

    @Test
    void an_auditor_cannot_read_family_records() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> AccessPolicy.require(actorWith(Role.AUDITOR), Capability.READ_FAMILY_RECORDS));
    }

    @Test
    void an_administrator_cannot_read_family_records() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> AccessPolicy.require(actorWith(Role.ADMIN), Capability.READ_FAMILY_RECORDS));
    }

    @Test
    void a_practitioner_can_read_and_write_family_records() {
        Actor practitioner = actorWith(Role.PRACTITIONER);

        assertThatCode(() -> AccessPolicy.require(practitioner, Capability.READ_FAMILY_RECORDS))
                .doesNotThrowAnyException();
        assertThatCode(() -> AccessPolicy.require(practitioner, Capability.WRITE_FAMILY_RECORDS))
                .doesNotThrowAnyException();
    }

    @Test
    void a_caldicott_guardian_can_read_family_records_but_not_write_them() {
        Actor guardian = actorWith(Role.CALDICOTT_GUARDIAN);

        assertThatCode(() -> AccessPolicy.require(guardian, Capability.READ_FAMILY_RECORDS))
                .doesNotThrowAnyException();
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> AccessPolicy.require(guardian, Capability.WRITE_FAMILY_RECORDS));
    }

    @Test
    void a_records_officer_can_read_family_records_but_not_write_them() {
        Actor officer = actorWith(Role.RECORDS_OFFICER);

        assertThatCode(() -> AccessPolicy.require(officer, Capability.READ_FAMILY_RECORDS))
                .doesNotThrowAnyException();
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> AccessPolicy.require(officer, Capability.WRITE_FAMILY_RECORDS));
    }

    @Test
    void an_auditor_can_read_the_audit_trail() {
        assertThatCode(() -> AccessPolicy.require(actorWith(Role.AUDITOR), Capability.READ_AUDIT_TRAIL))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "AUDITOR", mode = EnumSource.Mode.EXCLUDE)
    void no_role_but_auditor_can_read_the_audit_trail(Role role) {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> AccessPolicy.require(actorWith(role), Capability.READ_AUDIT_TRAIL));
    }

    @ParameterizedTest
    @EnumSource(Capability.class)
    void an_actor_without_roles_may_do_nothing(Capability capability) {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> AccessPolicy.require(actorWith(), capability));
    }

    @Test
    void one_granting_role_is_enough_whatever_other_roles_the_actor_holds() {
        assertThatCode(() -> AccessPolicy.require(
                        actorWith(Role.AUDITOR, Role.PRACTITIONER), Capability.WRITE_FAMILY_RECORDS))
                .doesNotThrowAnyException();
    }

    @Test
    void a_refusal_has_code_access_denied_and_names_the_roles_that_would_be_allowed() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> AccessPolicy.require(actorWith(Role.PRACTITIONER), Capability.READ_AUDIT_TRAIL))
                .withMessage("This needs one of the roles auditor.")
                .satisfies(e -> assertThat(e.code()).isEqualTo("access-denied"));
    }

    @Test
    void a_refusal_lists_the_allowed_roles_in_alphabetical_order() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> AccessPolicy.require(actorWith(Role.AUDITOR), Capability.WRITE_FAMILY_RECORDS))
                .withMessage("This needs one of the roles integrator, practitioner, safeguarding-lead, team-manager.");
    }
}
