package org.cradle.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class EpisodeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");

    private static final EpisodeId ID = new EpisodeId(UUID.fromString("c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f"));
    private static final FamilyId FAMILY = new FamilyId(UUID.fromString("0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b10"));
    private static final OrganisationId ORGANISATION = new OrganisationId("RX1");
    private static final PractitionerRef LEAD = new PractitionerRef("j.adeyemi");

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
    private static final LocalDate CLOSED = LocalDate.of(2026, 7, 31);
    private static final LocalDate REOPENED = LocalDate.of(2026, 10, 5);

    private static Episode openedOn(LocalDate openedOn) {
        return Episode.open(
                ID, FAMILY, ServiceType.PARENT_INFANT_MENTAL_HEALTH, ORGANISATION, LEAD, openedOn, TODAY, NOW);
    }

    private static Episode storedAtVersion(long version, EpisodePeriod... periods) {
        return Episode.reconstitute(
                ID, FAMILY, ServiceType.EARLY_HELP, ORGANISATION, LEAD, List.of(periods), List.of(), NOW, version);
    }

    private static EpisodePeriod closedPeriod() {
        return new EpisodePeriod(OPENED, CLOSED, "Goals met");
    }

    private static EpisodePeriod openPeriod() {
        return new EpisodePeriod(OPENED, null, null);
    }

    @Test
    void an_opened_episode_is_open_with_one_period_at_version_zero() {
        Episode episode = openedOn(OPENED);

        assertThat(episode.isOpen()).isTrue();
        assertThat(episode.periods()).containsExactly(new EpisodePeriod(OPENED, null, null));
        assertThat(episode.openedOn()).isEqualTo(OPENED);
        assertThat(episode.closedOn()).isEmpty();
        assertThat(episode.version()).isZero();
        assertThat(episode.id()).isEqualTo(ID);
        assertThat(episode.family()).isEqualTo(FAMILY);
        assertThat(episode.serviceType()).isEqualTo(ServiceType.PARENT_INFANT_MENTAL_HEALTH);
        assertThat(episode.organisation()).isEqualTo(ORGANISATION);
        assertThat(episode.leadPractitioner()).isEqualTo(LEAD);
        assertThat(episode.createdAt()).isEqualTo(NOW);
    }

    @Test
    void an_episode_may_be_opened_today() {
        assertThat(openedOn(TODAY).openedOn()).isEqualTo(TODAY);
    }

    @Test
    void refuses_to_open_an_episode_on_a_date_still_to_come() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> openedOn(TODAY.plusDays(1)))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("openedOn", "not-in-future");
    }

    @Test
    void requires_the_date_an_episode_opened() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> openedOn(null))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("openedOn", "required");
    }

    @Test
    void requires_the_kind_of_work_an_episode_is() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Episode.open(ID, FAMILY, null, ORGANISATION, LEAD, OPENED, TODAY, NOW))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("serviceType", "required");
    }

    @Test
    void closing_an_open_episode_ends_its_current_period_with_the_reason() {
        Episode episode = openedOn(OPENED);

        episode.close(0, CLOSED, "  Goals met ", TODAY);

        assertThat(episode.isOpen()).isFalse();
        assertThat(episode.closedOn()).contains(CLOSED);
        assertThat(episode.periods()).containsExactly(new EpisodePeriod(OPENED, CLOSED, "Goals met"));
    }

    @Test
    void an_episode_may_be_closed_without_a_reason() {
        Episode episode = openedOn(OPENED);

        episode.close(0, CLOSED, "   ", TODAY);

        assertThat(episode.periods().get(0).closeReason()).isNull();
    }

    @Test
    void an_episode_may_be_closed_on_the_day_it_opened() {
        Episode episode = openedOn(OPENED);

        episode.close(0, OPENED, null, TODAY);

        assertThat(episode.closedOn()).contains(OPENED);
    }

    @Test
    void refuses_a_close_reason_longer_than_five_hundred_characters() {
        Episode episode = openedOn(OPENED);

        assertThat(Episode.MAX_REASON_LENGTH).isEqualTo(500);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.close(0, CLOSED, "a".repeat(501), TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reason", "max-length");
        assertThat(episode.isOpen()).isTrue();
    }

    @Test
    void refuses_to_close_an_episode_before_the_date_it_opened() {
        Episode episode = openedOn(OPENED);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.close(0, OPENED.minusDays(1), null, TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("closedOn", "not-before-opened-on");
        assertThat(episode.isOpen()).isTrue();
    }

    @Test
    void refuses_to_close_an_episode_on_a_date_still_to_come() {
        Episode episode = openedOn(OPENED);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.close(0, TODAY.plusDays(1), null, TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("closedOn", "not-in-future");
        assertThat(episode.isOpen()).isTrue();
    }

    @Test
    void requires_the_date_an_episode_closed() {
        Episode episode = openedOn(OPENED);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.close(0, null, null, TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("closedOn", "required");
    }

    @Test
    void refuses_to_close_an_episode_that_is_already_closed() {
        Episode episode = storedAtVersion(1, closedPeriod());

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> episode.close(1, TODAY, "again", TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("episode-not-open"));
        assertThat(episode.periods()).containsExactly(closedPeriod());
    }

    @Test
    void reopening_a_closed_episode_starts_a_new_period_and_keeps_the_earlier_ones() {
        Episode episode = storedAtVersion(1, closedPeriod());

        episode.reopen(1, REOPENED, TODAY);

        assertThat(episode.isOpen()).isTrue();
        assertThat(episode.periods()).hasSize(2);
        assertThat(episode.periods().get(0)).isEqualTo(closedPeriod());
        assertThat(episode.periods().get(0).closed()).contains(CLOSED);
        assertThat(episode.periods().get(1)).isEqualTo(new EpisodePeriod(REOPENED, null, null));
    }

    @Test
    void open_close_and_reopen_keep_the_whole_history_of_periods() {
        Episode episode = openedOn(OPENED);

        episode.close(0, CLOSED, "Goals met", TODAY);
        episode.reopen(0, REOPENED, TODAY);

        assertThat(episode.periods())
                .containsExactly(
                        new EpisodePeriod(OPENED, CLOSED, "Goals met"), new EpisodePeriod(REOPENED, null, null));
        assertThat(episode.periods().get(0).closedOn()).isEqualTo(CLOSED);
    }

    @Test
    void a_reopened_episode_was_opened_on_the_date_the_work_first_started() {
        Episode episode = storedAtVersion(1, closedPeriod());

        episode.reopen(1, REOPENED, TODAY);

        assertThat(episode.openedOn()).isEqualTo(OPENED);
    }

    @Test
    void a_reopened_episode_has_no_closing_date_while_it_is_open() {
        Episode episode = storedAtVersion(1, closedPeriod());

        episode.reopen(1, REOPENED, TODAY);

        assertThat(episode.closedOn()).isEmpty();
    }

    @Test
    void closing_a_reopened_episode_gives_the_latest_closing_date() {
        Episode episode = storedAtVersion(1, closedPeriod(), new EpisodePeriod(REOPENED, null, null));

        episode.close(1, TODAY, "Moved out of area", TODAY);

        assertThat(episode.closedOn()).contains(TODAY);
        assertThat(episode.periods()).first().isEqualTo(closedPeriod());
    }

    @Test
    void refuses_to_close_a_reopened_episode_before_it_was_reopened() {
        Episode episode = storedAtVersion(1, closedPeriod(), new EpisodePeriod(REOPENED, null, null));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.close(1, REOPENED.minusDays(1), null, TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("closedOn", "not-before-opened-on");
    }

    @Test
    void an_episode_may_be_reopened_on_the_day_it_was_closed() {
        Episode episode = storedAtVersion(1, closedPeriod());

        episode.reopen(1, CLOSED, TODAY);

        assertThat(episode.periods()).last().isEqualTo(new EpisodePeriod(CLOSED, null, null));
    }

    @Test
    void refuses_to_reopen_an_episode_that_is_open() {
        Episode episode = openedOn(OPENED);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> episode.reopen(0, TODAY, TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("episode-not-closed"));
        assertThat(episode.periods()).hasSize(1);
    }

    @Test
    void refuses_to_reopen_an_episode_before_it_was_last_closed() {
        Episode episode = storedAtVersion(1, closedPeriod());

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.reopen(1, CLOSED.minusDays(1), TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reopenedOn", "not-before-last-closed-on");
        assertThat(episode.isOpen()).isFalse();
    }

    @Test
    void refuses_to_reopen_an_episode_on_a_date_still_to_come() {
        Episode episode = storedAtVersion(1, closedPeriod());

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.reopen(1, TODAY.plusDays(1), TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reopenedOn", "not-in-future");
        assertThat(episode.isOpen()).isFalse();
    }

    @Test
    void requires_the_date_an_episode_reopened() {
        Episode episode = storedAtVersion(1, closedPeriod());

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.reopen(1, null, TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reopenedOn", "required");
    }

    @Test
    void refuses_to_close_from_an_out_of_date_copy() {
        Episode episode = storedAtVersion(3, openPeriod());

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> episode.close(2, CLOSED, null, TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThat(episode.isOpen()).isTrue();
    }

    @Test
    void refuses_to_reopen_from_an_out_of_date_copy() {
        Episode episode = storedAtVersion(3, closedPeriod());

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> episode.reopen(2, REOPENED, TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThat(episode.isOpen()).isFalse();
    }

    @Test
    void a_stale_version_is_refused_before_any_other_rule_is_checked() {
        Episode episode = storedAtVersion(3, closedPeriod());

        assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> episode.close(2, CLOSED, null, TODAY));
    }

    @Test
    void an_episode_always_has_at_least_one_period() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> storedAtVersion(0));
    }

    @Test
    void the_history_of_periods_cannot_be_changed_from_outside() {
        Episode episode = openedOn(OPENED);
        List<EpisodePeriod> periods = episode.periods();

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(periods::clear);
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> periods.set(0, new EpisodePeriod(OPENED, CLOSED, null)));
        assertThat(episode.isOpen()).isTrue();
    }

    @Test
    void a_stored_episode_does_not_share_the_list_it_was_rebuilt_from() {
        List<EpisodePeriod> stored = new ArrayList<>(List.of(closedPeriod()));
        Episode episode =
                Episode.reconstitute(ID, FAMILY, ServiceType.EARLY_HELP, ORGANISATION, LEAD, stored, List.of(), NOW, 1);

        stored.add(new EpisodePeriod(REOPENED, null, null));

        assertThat(episode.periods()).containsExactly(closedPeriod());
    }
}
