package org.cradle.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class TeamMembershipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final PractitionerRef HEALTH_VISITOR = new PractitionerRef("h.visitor");

    private static Episode open() {
        return Episode.open(
                EpisodeId.newId(),
                FamilyId.newId(),
                ServiceType.EARLY_HELP,
                new OrganisationId("north-council"),
                new PractitionerRef("j.mensah"),
                LocalDate.of(2026, 1, 1),
                TODAY,
                NOW);
    }

    @Test
    void a_practitioner_is_on_the_team_from_the_day_they_join_until_the_day_they_leave() {
        TeamMembership member = TeamMembership.join(
                        open(), HEALTH_VISITOR, LocalDate.of(2026, 3, 1), TODAY, "lead", NOW)
                .leave(LocalDate.of(2026, 6, 1), TODAY);

        assertThat(member.onTheTeamOn(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(member.onTheTeamOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(member.onTheTeamOn(LocalDate.of(2026, 5, 31))).isTrue();
        assertThat(member.onTheTeamOn(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void nobody_joins_the_team_of_a_closed_episode() {
        Episode closed = open();
        closed.close(0, TODAY, "work done", TODAY);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> TeamMembership.join(closed, HEALTH_VISITOR, TODAY, TODAY, "lead", NOW))
                .extracting(RuleViolationException::code)
                .isEqualTo("episode-not-open");
    }

    @Test
    void joining_or_leaving_on_a_day_to_come_is_refused() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> TeamMembership.join(open(), HEALTH_VISITOR, TODAY.plusDays(1), TODAY, "lead", NOW))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("joinedOn", "not-in-future");
        TeamMembership member = TeamMembership.join(open(), HEALTH_VISITOR, TODAY, TODAY, "lead", NOW);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> member.leave(TODAY.plusDays(1), TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("leftOn", "not-in-future");
    }

    @Test
    void leaving_before_joining_is_refused_and_so_is_leaving_twice() {
        TeamMembership member = TeamMembership.join(open(), HEALTH_VISITOR, TODAY.minusDays(5), TODAY, "lead", NOW);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> member.leave(TODAY.minusDays(6), TODAY))
                .extracting(InvalidValueException::rule)
                .isEqualTo("not-before-joined-on");
        TeamMembership left = member.leave(TODAY, TODAY);
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> left.leave(TODAY, TODAY))
                .extracting(RuleViolationException::code)
                .isEqualTo("not-on-the-team");
    }
}
