package org.cradle.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @Test
    void reads_the_team_manager_role_from_its_token_name() {
        assertThat(Role.fromTokenName("team-manager")).contains(Role.TEAM_MANAGER);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_is_read_back_from_its_own_token_name(Role role) {
        assertThat(Role.fromTokenName(role.tokenName())).contains(role);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "superuser", "TEAM-MANAGER", "TEAM_MANAGER", "team_manager", " practitioner", "Admin"})
    void a_token_name_cradle_does_not_know_names_no_role(String unknown) {
        assertThat(Role.fromTokenName(unknown)).isEmpty();
    }

    @Test
    void no_two_roles_share_a_token_name() {
        assertThat(Arrays.stream(Role.values()).map(Role::tokenName)).doesNotHaveDuplicates();
    }
}
