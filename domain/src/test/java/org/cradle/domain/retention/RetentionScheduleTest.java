package org.cradle.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.AllegationOutcome;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.RetainedRecord.Subject;
import org.junit.jupiter.api.Test;

/** A record's date: the latest of its rules, for everyone it is about, or no date and why not. */
class RetentionScheduleTest {

    private static final OrganisationId COUNCIL = new OrganisationId("north-council");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final RuleId EARLY_HELP = new RuleId("LA-EARLY-HELP");

    private final RetentionSchedule schedule = RetentionSchedule.of(Schedules.defaults(), List.of(), TODAY);
    private final Subject child = new Subject(PersonId.newId(), LocalDate.of(2020, 4, 2), null);

    private static RetainedRecord earlyHelp(LocalDate end, Subject... about) {
        return new RetainedRecord(
                RecordType.EPISODE,
                UUID.randomUUID(),
                FamilyId.newId(),
                LocalDate.of(2025, 1, 6),
                COUNCIL,
                Sector.LOCAL_AUTHORITY,
                ServiceType.EARLY_HELP,
                end,
                List.of(about));
    }

    private RuleSetting setting(RetentionSchedule on, String formula, boolean automatic) {
        return RuleSetting.change(
                on.rule(EARLY_HELP).orElseThrow().rule(),
                COUNCIL,
                1,
                formula == null ? null : DateFormula.parse(formula),
                automatic,
                "r.officer",
                Instant.parse("2026-12-01T10:00:00Z"),
                "Our schedule keeps early help to 25.");
    }

    @Test
    void early_help_is_kept_until_the_child_is_21_or_three_years_after_the_close_whichever_is_later() {
        assertThat(schedule.dateOf(earlyHelp(LocalDate.of(2026, 1, 10), child)).reviewOn())
                .contains(LocalDate.of(2041, 4, 2));
    }

    @Test
    void an_organisation_sets_its_own_early_help_period_and_the_date_says_which_version_gave_it() {
        RetentionSchedule own = schedule.with(setting(schedule, "max(DOB+25y, END+3y)", false));

        RetentionDate date = own.dateOf(earlyHelp(LocalDate.of(2026, 1, 10), child));

        assertThat(date.reviewOn()).contains(LocalDate.of(2045, 4, 2));
        assertThat(date.applications()).singleElement().satisfies(applied -> {
            assertThat(applied.settingVersion()).isEqualTo(1);
            assertThat(applied.formula()).isEqualTo("max(DOB+25y, END+3y)");
        });
    }

    @Test
    void a_rule_that_is_not_configurable_keeps_the_schedules_formula() {
        RetentionRule childProtection =
                schedule.rule(new RuleId("LA-CP")).orElseThrow().rule();
        assertThatThrownBy(() -> RuleSetting.change(
                        childProtection,
                        COUNCIL,
                        1,
                        DateFormula.parse("END+10y"),
                        false,
                        "r.officer",
                        Instant.now(),
                        "shorter"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not configurable");
    }

    @Test
    void only_a_rule_that_ends_in_destruction_can_destroy_without_review() {
        assertThatThrownBy(() -> setting(schedule, null, true))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("review-only");
    }

    @Test
    void formulas_that_refer_to_each_other_in_a_circle_or_to_no_rule_are_refused() {
        RetentionRule recording =
                schedule.rule(new RuleId("NHS-RECORDING")).orElseThrow().rule();
        RetentionSchedule recordingsAsEarlyHelp = schedule.with(RuleSetting.change(
                recording,
                COUNCIL,
                1,
                DateFormula.parse("rule(LA-EARLY-HELP)"),
                false,
                "r.officer",
                Instant.parse("2026-12-01T10:00:00Z"),
                "Recordings follow the early-help record."));

        assertThatThrownBy(
                        () -> recordingsAsEarlyHelp.with(setting(recordingsAsEarlyHelp, "rule(NHS-RECORDING)", false)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("circular-rules");
        assertThatThrownBy(() -> setting(schedule, "rule(LA-EARLY-HELP)", false))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("refers-to-itself");
        assertThatThrownBy(() -> schedule.with(setting(schedule, "max(END+3y, rule(NO-SUCH-RULE))", false)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("unknown-rule");
    }

    @Test
    void an_open_record_has_no_date_yet() {
        assertThat(schedule.dateOf(earlyHelp(null, child)).status()).isEqualTo(RetentionDate.Status.OPEN);
    }

    @Test
    void without_a_date_of_birth_the_record_waits_for_one_whatever_else_is_known() {
        RetentionDate date =
                schedule.dateOf(earlyHelp(LocalDate.of(2026, 1, 10), new Subject(PersonId.newId(), null, null)));

        assertThat(date.status()).isEqualTo(RetentionDate.Status.INCOMPLETE);
        assertThat(date.reviewOn()).isEmpty();
        assertThat(date.explanation()).contains("DOB");
    }

    @Test
    void an_organisation_whose_sector_is_not_recorded_has_no_rule_chosen() {
        RetainedRecord record = new RetainedRecord(
                RecordType.EPISODE,
                UUID.randomUUID(),
                FamilyId.newId(),
                LocalDate.of(2025, 1, 6),
                COUNCIL,
                null,
                ServiceType.EARLY_HELP,
                TODAY,
                List.of(child));
        assertThat(schedule.dateOf(record).status()).isEqualTo(RetentionDate.Status.UNCLASSIFIED);
    }

    @Test
    void a_mental_health_record_closed_by_a_death_runs_ten_years_from_the_death() {
        Subject mother = new Subject(PersonId.newId(), LocalDate.of(1990, 1, 1), LocalDate.of(2026, 3, 1));
        RetainedRecord record = new RetainedRecord(
                RecordType.EPISODE,
                UUID.randomUUID(),
                FamilyId.newId(),
                LocalDate.of(2025, 1, 6),
                COUNCIL,
                Sector.HEALTH,
                ServiceType.PERINATAL_MENTAL_HEALTH,
                LocalDate.of(2026, 3, 2),
                List.of(mother));
        assertThat(schedule.dateOf(record).reviewOn()).contains(LocalDate.of(2036, 3, 1));
    }

    @Test
    void an_allegation_is_kept_to_the_adults_65th_birthday_or_ten_years_from_its_conclusion_and_then_destroyed() {
        Subject adult = new Subject(PersonId.newId(), LocalDate.of(1950, 5, 5), null);
        RetainedRecord allegation = new RetainedRecord(
                RecordType.EPISODE,
                UUID.randomUUID(),
                FamilyId.newId(),
                LocalDate.of(2009, 1, 10),
                COUNCIL,
                Sector.LOCAL_AUTHORITY,
                ServiceType.ALLEGATION,
                LocalDate.of(2010, 6, 30),
                List.of(adult, child));

        RetentionDate date = schedule.dateOf(allegation);

        assertThat(date.reviewOn()).contains(LocalDate.of(2020, 6, 30));
        assertThat(date.endAction()).isEqualTo(EndAction.DESTROY);
        assertThat(date.applications())
                .extracting(RetentionDate.Application::rule)
                .containsExactly(new RuleId("LA-ALLEGATION"));
    }

    private RetainedRecord allegation(Sector sector, AllegationOutcome.Finding finding, Subject... about) {
        return new RetainedRecord(
                RecordType.EPISODE,
                UUID.randomUUID(),
                FamilyId.newId(),
                LocalDate.of(2026, 1, 10),
                COUNCIL,
                sector,
                ServiceType.ALLEGATION,
                LocalDate.of(2026, 11, 30),
                List.of(about),
                finding,
                null);
    }

    @Test
    void an_allegation_found_malicious_is_due_for_destruction_on_the_day_it_was_concluded() {
        Subject adult = new Subject(PersonId.newId(), LocalDate.of(1990, 5, 5), null);

        for (Sector sector : List.of(Sector.LOCAL_AUTHORITY, Sector.VOLUNTARY)) {
            RetentionDate date = schedule.dateOf(allegation(sector, AllegationOutcome.Finding.MALICIOUS, adult));

            assertThat(date.reviewOn()).as(sector.name()).contains(LocalDate.of(2026, 11, 30));
            assertThat(date.endAction()).isEqualTo(EndAction.DESTROY);
            assertThat(date.explanation()).contains("MALICIOUS");
        }
    }

    @Test
    void every_other_finding_keeps_the_allegation_to_the_adults_65th_birthday_or_ten_years_from_its_conclusion() {
        Subject adult = new Subject(PersonId.newId(), LocalDate.of(1990, 5, 5), null);

        for (AllegationOutcome.Finding finding : List.of(
                AllegationOutcome.Finding.SUBSTANTIATED,
                AllegationOutcome.Finding.UNSUBSTANTIATED,
                AllegationOutcome.Finding.UNFOUNDED,
                AllegationOutcome.Finding.FALSE)) {
            RetentionDate date = schedule.dateOf(allegation(Sector.LOCAL_AUTHORITY, finding, adult));

            assertThat(date.reviewOn()).as(finding.name()).contains(LocalDate.of(2055, 5, 5));
            assertThat(date.explanation()).contains(finding.name());
        }
        assertThat(schedule.dateOf(allegation(Sector.LOCAL_AUTHORITY, null, adult))
                        .reviewOn())
                .as("no finding recorded")
                .contains(LocalDate.of(2055, 5, 5));
    }

    @Test
    void a_later_version_of_a_rule_takes_over_from_its_effective_date() {
        RetentionRule later = new RetentionRule(
                new RuleId("LA-CP"),
                2,
                "child protection",
                DateFormula.parse("END+40y"),
                EndAction.REVIEW,
                "a later schedule",
                Confidence.SECONDARY,
                LocalDate.of(2027, 1, 1),
                false);
        List<RetentionRule> versions = new java.util.ArrayList<>(Schedules.defaults());
        versions.add(later);

        assertThat(RetentionSchedule.of(versions, List.of(), TODAY)
                        .rule(new RuleId("LA-CP"))
                        .orElseThrow()
                        .rule()
                        .version())
                .isEqualTo(1);
        assertThat(RetentionSchedule.of(versions, List.of(), LocalDate.of(2027, 1, 1))
                        .rule(new RuleId("LA-CP"))
                        .orElseThrow()
                        .rule()
                        .version())
                .isEqualTo(2);
    }
}
