package org.cradle.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final OrganisationId RX1 = new OrganisationId("RX1");

    @Test
    void an_actor_is_the_subject_of_a_token_acting_for_an_organisation_with_roles() {
        Actor actor = new Practitioner("  j.adeyemi ", RX1, Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER));

        assertThat(actor.subject()).isEqualTo("j.adeyemi");
        assertThat(actor.organisation()).isEqualTo(RX1);
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.PRACTITIONER, Role.TEAM_MANAGER);
    }

    @Test
    void requires_a_subject() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Practitioner(" ", RX1, Set.of(Role.PRACTITIONER)))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("subject", "required");
    }

    @Test
    void requires_an_organisation_to_act_for() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Practitioner("j.adeyemi", null, Set.of(Role.PRACTITIONER)))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("organisation", "required");
    }

    @Test
    void an_actor_given_no_roles_has_none() {
        assertThat(new Practitioner("j.adeyemi", RX1, null).roles()).isEmpty();
        assertThat(new Practitioner("j.adeyemi", RX1, Set.of()).roles()).isEmpty();
    }

    @Test
    void the_roles_cannot_be_changed_after_the_actor_is_made() {
        Set<Role> given = new HashSet<>(Set.of(Role.AUDITOR));
        Actor actor = new Practitioner("a.khan", RX1, given);

        given.add(Role.ADMIN);

        assertThat(actor.roles()).containsExactly(Role.AUDITOR);
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> actor.roles().add(Role.PRACTITIONER));
    }

    @Test
    void has_any_of_holds_only_when_one_of_its_roles_is_among_those_wanted() {
        Actor actor = new Practitioner("j.adeyemi", RX1, Set.of(Role.PRACTITIONER, Role.AUDITOR));

        assertThat(actor.hasAnyOf(EnumSet.of(Role.AUDITOR, Role.ADMIN))).isTrue();
        assertThat(actor.hasAnyOf(EnumSet.of(Role.ADMIN, Role.INTEGRATOR))).isFalse();
        assertThat(actor.hasAnyOf(Set.of())).isFalse();
    }
}
