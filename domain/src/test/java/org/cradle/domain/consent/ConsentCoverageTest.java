package org.cradle.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cradle.domain.consent.Consents.FAMILY;
import static org.cradle.domain.consent.Consents.FATHER;
import static org.cradle.domain.consent.Consents.HEALTH;
import static org.cradle.domain.consent.Consents.MOTHER;
import static org.cradle.domain.consent.Consents.NORTH;
import static org.cradle.domain.consent.Consents.NOW;
import static org.cradle.domain.consent.Consents.PRACTITIONER;
import static org.cradle.domain.consent.Consents.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.CoverageAnswer.CategoryAnswer;
import org.cradle.domain.consent.CoverageAnswer.VersionRef;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class ConsentCoverageTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_14 = LocalDate.of(2026, 3, 14);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);
    private static final Party HEALTH_VISITING = Party.organisation(HEALTH, null, null);
    private static final OrganisationId SCHOOL = new OrganisationId("school-17");

    private final List<Consent> consents = new ArrayList<>();
    private TeamAroundTheFamily team = TeamAroundTheFamily.NONE;

    private Consent record(Decision decision, ConsentTerms terms) {
        Consent consent =
                Consent.record(ConsentId.newId(), FAMILY, MOTHER, MOTHER, decision, terms, PRACTITIONER, TODAY, NOW);
        consents.add(consent);
        return consent;
    }

    private static ConsentTerms terms(
            Set<Purpose> purposes,
            List<Recipient> recipients,
            Set<InformationCategory> categories,
            Set<org.cradle.domain.person.PersonId> excluded,
            LocalDate from) {
        return new ConsentTerms(
                purposes,
                recipients,
                categories,
                excluded,
                NotesKeptIn.PARENT_RECORD,
                ConsentMethod.EXPLICIT_WRITTEN,
                from,
                from.plusMonths(6),
                null);
    }

    private static ConsentTerms healthVisitingMayKnowBasicsAndMentalHealth(LocalDate from) {
        return terms(
                EnumSet.of(Purpose.DIRECT_SUPPORT),
                List.of(Recipient.organisation(HEALTH)),
                EnumSet.of(InformationCategory.BASIC_DETAILS, InformationCategory.MENTAL_HEALTH),
                Set.of(),
                from);
    }

    /** What the query adapter does: each consent's version in force on the day, with the team that day. */
    private CoverageAnswer ask(Party recipient, Purpose purpose, LocalDate on, InformationCategory... categories) {
        List<ConsentInForce> inForce = new ArrayList<>();
        for (Consent consent : consents) {
            consent.versionOn(on)
                    .ifPresent(version -> inForce.add(new ConsentInForce(consent.id(), FAMILY, version, team)));
        }
        return ConsentCoverage.answer(
                new CoverageQuestion(MOTHER, purpose, recipient, EnumSet.copyOf(List.of(categories)), on), inForce);
    }

    private CoverageAnswer ask(LocalDate on, InformationCategory... categories) {
        return ask(HEALTH_VISITING, Purpose.DIRECT_SUPPORT, on, categories);
    }

    @Test
    void a_given_consent_in_force_covers_what_it_names_and_says_which_version() {
        Consent consent = record(Decision.GIVEN, healthVisitingMayKnowBasicsAndMentalHealth(MARCH));

        CoverageAnswer answer = ask(JUNE, InformationCategory.BASIC_DETAILS, InformationCategory.MENTAL_HEALTH);

        assertThat(answer.coverage()).isEqualTo(Coverage.COVERED);
        assertThat(answer.basis()).contains(new VersionRef(consent.id(), 1));
        assertThat(answer.categories()).extracting(CategoryAnswer::coverage).containsOnly(Coverage.COVERED);
    }

    @Test
    void with_no_consent_at_all_the_answer_is_not_asked() {
        CoverageAnswer answer = ask(JUNE, InformationCategory.BASIC_DETAILS);

        assertThat(answer.coverage()).isEqualTo(Coverage.NOT_ASKED);
        assertThat(answer.basis()).isEmpty();
    }

    @Test
    void another_purpose_recipient_or_category_was_not_asked() {
        record(Decision.GIVEN, healthVisitingMayKnowBasicsAndMentalHealth(MARCH));

        assertThat(ask(HEALTH_VISITING, Purpose.RESEARCH, JUNE, InformationCategory.BASIC_DETAILS)
                        .coverage())
                .isEqualTo(Coverage.NOT_ASKED);
        assertThat(ask(
                                Party.organisation(SCHOOL, null, null),
                                Purpose.DIRECT_SUPPORT,
                                JUNE,
                                InformationCategory.BASIC_DETAILS)
                        .coverage())
                .isEqualTo(Coverage.NOT_ASKED);
        assertThat(ask(JUNE, InformationCategory.SUBSTANCE_USE).coverage()).isEqualTo(Coverage.NOT_ASKED);
    }

    @Test
    void the_whole_is_covered_only_when_every_category_is() {
        record(Decision.GIVEN, healthVisitingMayKnowBasicsAndMentalHealth(MARCH));

        CoverageAnswer answer = ask(JUNE, InformationCategory.BASIC_DETAILS, InformationCategory.DOMESTIC_ABUSE);

        assertThat(answer.coverage()).isEqualTo(Coverage.NOT_ASKED);
        assertThat(answer.categories())
                .extracting(CategoryAnswer::category, CategoryAnswer::coverage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(InformationCategory.BASIC_DETAILS, Coverage.COVERED),
                        org.assertj.core.groups.Tuple.tuple(InformationCategory.DOMESTIC_ABUSE, Coverage.NOT_ASKED));
    }

    @Test
    void a_refusal_is_refused_and_outweighs_a_consent_that_says_otherwise() {
        record(Decision.GIVEN, healthVisitingMayKnowBasicsAndMentalHealth(MARCH));
        Consent refusal = record(
                Decision.REFUSED,
                terms(
                        EnumSet.of(Purpose.DIRECT_SUPPORT),
                        List.of(Recipient.organisation(HEALTH)),
                        EnumSet.of(InformationCategory.MENTAL_HEALTH),
                        Set.of(),
                        JUNE));

        CoverageAnswer answer = ask(SEPTEMBER, InformationCategory.BASIC_DETAILS, InformationCategory.MENTAL_HEALTH);

        assertThat(answer.coverage()).isEqualTo(Coverage.REFUSED);
        assertThat(answer.basis()).contains(new VersionRef(refusal.id(), 1));
        assertThat(answer.categories())
                .extracting(CategoryAnswer::coverage)
                .containsExactly(Coverage.COVERED, Coverage.REFUSED);
    }

    @Test
    void after_a_withdrawal_it_is_withdrawn_and_before_it_was_covered() {
        Consent consent = record(Decision.GIVEN, healthVisitingMayKnowBasicsAndMentalHealth(MARCH));
        consent.withdraw(1, SEPTEMBER, PRACTITIONER, TODAY, NOW);

        CoverageAnswer before = ask(JUNE, InformationCategory.MENTAL_HEALTH);
        CoverageAnswer after = ask(SEPTEMBER, InformationCategory.MENTAL_HEALTH);

        assertThat(before.coverage()).isEqualTo(Coverage.COVERED);
        assertThat(before.basis()).contains(new VersionRef(consent.id(), 1));
        assertThat(after.coverage()).isEqualTo(Coverage.WITHDRAWN);
        assertThat(after.basis()).contains(new VersionRef(consent.id(), 2));
    }

    @Test
    void past_its_review_date_a_consent_has_expired_and_a_review_renews_it() {
        Consent consent = record(Decision.GIVEN, healthVisitingMayKnowBasicsAndMentalHealth(MARCH));
        LocalDate lapsed = MARCH.plusMonths(6).plusDays(1);

        assertThat(ask(lapsed, InformationCategory.BASIC_DETAILS).coverage()).isEqualTo(Coverage.EXPIRED);

        consent.review(
                1,
                Decision.GIVEN,
                healthVisitingMayKnowBasicsAndMentalHealth(lapsed.plusDays(7)),
                PRACTITIONER,
                TODAY,
                NOW);
        assertThat(ask(lapsed, InformationCategory.BASIC_DETAILS).coverage()).isEqualTo(Coverage.EXPIRED);
        CoverageAnswer renewed = ask(lapsed.plusDays(7), InformationCategory.BASIC_DETAILS);
        assertThat(renewed.coverage()).isEqualTo(Coverage.COVERED);
        assertThat(renewed.basis()).contains(new VersionRef(consent.id(), 2));
    }

    @Test
    void a_review_narrowing_the_scope_answers_from_its_own_date_and_history_answers_the_past() {
        Consent consent = record(Decision.GIVEN, healthVisitingMayKnowBasicsAndMentalHealth(MARCH));
        consent.review(
                1,
                Decision.GIVEN,
                terms(
                        EnumSet.of(Purpose.DIRECT_SUPPORT),
                        List.of(Recipient.organisation(HEALTH)),
                        EnumSet.of(InformationCategory.BASIC_DETAILS),
                        Set.of(),
                        JUNE),
                PRACTITIONER,
                TODAY,
                NOW);

        assertThat(ask(MARCH_14, InformationCategory.MENTAL_HEALTH).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(ask(JUNE, InformationCategory.MENTAL_HEALTH).coverage()).isEqualTo(Coverage.NOT_ASKED);
        assertThat(ask(JUNE, InformationCategory.BASIC_DETAILS).basis()).contains(new VersionRef(consent.id(), 2));
    }

    @Test
    void before_a_consent_took_effect_it_was_not_asked() {
        record(Decision.GIVEN, healthVisitingMayKnowBasicsAndMentalHealth(JUNE));

        assertThat(ask(MARCH_14, InformationCategory.BASIC_DETAILS).coverage()).isEqualTo(Coverage.NOT_ASKED);
    }

    @Test
    void a_newer_consent_covers_what_an_older_withdrawn_one_no_longer_does() {
        Consent old = record(Decision.GIVEN, healthVisitingMayKnowBasicsAndMentalHealth(MARCH));
        old.withdraw(1, JUNE, PRACTITIONER, TODAY, NOW);
        Consent renewed = record(Decision.GIVEN, healthVisitingMayKnowBasicsAndMentalHealth(SEPTEMBER));

        CoverageAnswer answer = ask(SEPTEMBER, InformationCategory.BASIC_DETAILS);

        assertThat(answer.coverage()).isEqualTo(Coverage.COVERED);
        assertThat(answer.basis()).contains(new VersionRef(renewed.id(), 1));
    }

    @Test
    void an_excluded_family_member_is_refused_whatever_else_is_agreed() {
        record(
                Decision.GIVEN,
                terms(
                        EnumSet.allOf(Purpose.class),
                        List.of(Recipient.teamAroundTheFamily(), Recipient.familyMember(Consents.INFANT)),
                        EnumSet.of(InformationCategory.BASIC_DETAILS),
                        Set.of(FATHER),
                        MARCH));

        CoverageAnswer answer =
                ask(Party.familyMember(FATHER), Purpose.DIRECT_SUPPORT, JUNE, InformationCategory.BASIC_DETAILS);

        assertThat(answer.coverage()).isEqualTo(Coverage.REFUSED);
        assertThat(answer.categories())
                .allSatisfy(category -> assertThat(category.excludedRecipient()).isTrue());
    }

    @Test
    void an_exclusion_outweighs_another_consent_naming_the_family_member() {
        record(
                Decision.GIVEN,
                terms(
                        EnumSet.of(Purpose.DIRECT_SUPPORT),
                        List.of(Recipient.familyMember(FATHER)),
                        EnumSet.of(InformationCategory.BASIC_DETAILS),
                        Set.of(),
                        MARCH));
        record(
                Decision.GIVEN,
                terms(
                        EnumSet.of(Purpose.DIRECT_SUPPORT),
                        List.of(Recipient.organisation(HEALTH)),
                        EnumSet.of(InformationCategory.BASIC_DETAILS),
                        Set.of(FATHER),
                        JUNE));

        assertThat(ask(Party.familyMember(FATHER), Purpose.DIRECT_SUPPORT, MARCH_14, InformationCategory.BASIC_DETAILS)
                        .coverage())
                .isEqualTo(Coverage.COVERED);
        assertThat(ask(Party.familyMember(FATHER), Purpose.DIRECT_SUPPORT, SEPTEMBER, InformationCategory.BASIC_DETAILS)
                        .coverage())
                .isEqualTo(Coverage.REFUSED);
    }

    @Test
    void the_team_around_the_family_is_whoever_works_with_it_on_the_day() {
        record(
                Decision.GIVEN,
                terms(
                        EnumSet.of(Purpose.DIRECT_SUPPORT),
                        List.of(Recipient.teamAroundTheFamily()),
                        EnumSet.of(InformationCategory.DEVELOPMENT_AND_HEALTH),
                        Set.of(),
                        MARCH));
        Party school = Party.organisation(SCHOOL, null, null);

        assertThat(ask(school, Purpose.DIRECT_SUPPORT, JUNE, InformationCategory.DEVELOPMENT_AND_HEALTH)
                        .coverage())
                .isEqualTo(Coverage.NOT_ASKED);

        team = new TeamAroundTheFamily(Set.of(SCHOOL, NORTH), Set.of("k.osei"));
        assertThat(ask(school, Purpose.DIRECT_SUPPORT, JUNE, InformationCategory.DEVELOPMENT_AND_HEALTH)
                        .coverage())
                .isEqualTo(Coverage.COVERED);
        assertThat(ask(
                                Party.organisation(new OrganisationId("elsewhere"), null, "k.osei"),
                                Purpose.DIRECT_SUPPORT,
                                JUNE,
                                InformationCategory.DEVELOPMENT_AND_HEALTH)
                        .coverage())
                .isEqualTo(Coverage.COVERED);
    }

    @Test
    void a_role_or_a_named_practitioner_is_matched_as_named() {
        record(
                Decision.GIVEN,
                terms(
                        EnumSet.of(Purpose.SAFEGUARDING_REFERRAL),
                        List.of(Recipient.role(Role.SAFEGUARDING_LEAD), Recipient.practitioner("k.osei", HEALTH)),
                        EnumSet.of(InformationCategory.BASIC_DETAILS),
                        Set.of(),
                        MARCH));

        assertThat(ask(
                                Party.organisation(SCHOOL, Role.SAFEGUARDING_LEAD, null),
                                Purpose.SAFEGUARDING_REFERRAL,
                                JUNE,
                                InformationCategory.BASIC_DETAILS)
                        .coverage())
                .isEqualTo(Coverage.COVERED);
        assertThat(ask(
                                Party.organisation(HEALTH, null, "k.osei"),
                                Purpose.SAFEGUARDING_REFERRAL,
                                JUNE,
                                InformationCategory.BASIC_DETAILS)
                        .coverage())
                .isEqualTo(Coverage.COVERED);
        assertThat(ask(
                                Party.organisation(SCHOOL, null, "k.osei"),
                                Purpose.SAFEGUARDING_REFERRAL,
                                JUNE,
                                InformationCategory.BASIC_DETAILS)
                        .coverage())
                .isEqualTo(Coverage.NOT_ASKED);
    }

    @Test
    void the_whole_answer_is_the_most_restrictive_of_its_categories() {
        Consent withdrawn = record(
                Decision.GIVEN,
                terms(
                        EnumSet.of(Purpose.DIRECT_SUPPORT),
                        List.of(Recipient.organisation(HEALTH)),
                        EnumSet.of(InformationCategory.SUBSTANCE_USE),
                        Set.of(),
                        MARCH));
        withdrawn.withdraw(1, JUNE, PRACTITIONER, TODAY, NOW);
        record(
                Decision.GIVEN,
                terms(
                        EnumSet.of(Purpose.DIRECT_SUPPORT),
                        List.of(Recipient.organisation(HEALTH)),
                        EnumSet.of(InformationCategory.BASIC_DETAILS),
                        Set.of(),
                        JUNE));

        CoverageAnswer answer = ask(
                SEPTEMBER,
                InformationCategory.BASIC_DETAILS,
                InformationCategory.SUBSTANCE_USE,
                InformationCategory.SEXUAL_HEALTH);

        assertThat(answer.coverage()).isEqualTo(Coverage.WITHDRAWN);
        assertThat(answer.basis()).contains(new VersionRef(withdrawn.id(), 2));
    }
}
