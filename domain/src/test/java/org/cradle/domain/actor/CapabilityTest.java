package org.cradle.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapabilityTest {

    @Test
    void family_records_are_read_only_by_the_roles_that_do_the_work_never_by_those_that_govern_it() {
        assertThat(Capability.READ_FAMILY_RECORDS.grantedTo())
                .containsExactlyInAnyOrder(
                        Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD, Role.INTEGRATOR);
    }

    @Test
    void a_capability_is_named_as_an_oauth_scope_and_read_back_from_it() {
        assertThat(Capability.READ_FAMILY_RECORDS.scopeName()).isEqualTo("cradle:read-family-records");
        assertThat(Capability.fromScopeName("cradle:write-case-notes")).contains(Capability.WRITE_CASE_NOTES);
        assertThat(Capability.fromScopeName("openid")).isEmpty();
    }

    @Test
    void auditors_and_administrators_do_not_see_personal_data() {
        assertThat(Capability.READ_FAMILY_RECORDS.grantedTo()).doesNotContain(Role.AUDITOR, Role.ADMIN);
        assertThat(Capability.WRITE_FAMILY_RECORDS.grantedTo()).doesNotContain(Role.AUDITOR, Role.ADMIN);
    }

    @Test
    void family_records_are_written_only_by_the_roles_that_do_the_work() {
        assertThat(Capability.WRITE_FAMILY_RECORDS.grantedTo())
                .containsExactlyInAnyOrder(
                        Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD, Role.INTEGRATOR);
    }

    @Test
    void every_role_that_may_write_family_records_may_also_read_them() {
        assertThat(Capability.READ_FAMILY_RECORDS.grantedTo()).containsAll(Capability.WRITE_FAMILY_RECORDS.grantedTo());
    }

    @Test
    void the_audit_trail_is_read_only_by_auditors() {
        assertThat(Capability.READ_AUDIT_TRAIL.grantedTo()).containsExactly(Role.AUDITOR);
    }
}
