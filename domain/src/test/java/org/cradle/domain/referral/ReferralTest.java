package org.cradle.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.Membership;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final Instant MADE = Instant.parse("2026-11-21T10:15:30Z");
    private static final Instant LATER = Instant.parse("2026-11-23T09:00:00Z");
    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final OrganisationId SOUTH = new OrganisationId("south-council");
    private static final OrganisationId EAST = new OrganisationId("east-council");
    private static final PersonId MOTHER = new PersonId(UUID.fromString("6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51"));
    private static final PersonId INFANT = new PersonId(UUID.fromString("a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6"));
    private static final PersonId STRANGER = new PersonId(UUID.fromString("b4c6d8e0-2f3a-4b5c-9d7e-f0a1b2c3d4e5"));

    private static final Family FAMILY = Family.reconstitute(
            new FamilyId(UUID.fromString("0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b10")),
            new FamilyName("Okafor–Bell household"),
            RecordKeepingMode.INFANT,
            List.of(
                    new Membership(MOTHER, FamilyRole.MOTHER, true, true, MADE),
                    new Membership(INFANT, FamilyRole.CHILD, true, false, MADE)),
            MADE,
            1);

    private static final Set<InformationCategory> BASIC_AND_HEALTH =
            Set.of(InformationCategory.BASIC_DETAILS, InformationCategory.DEVELOPMENT_AND_HEALTH);

    private static Referral refer(List<PersonId> people, Set<InformationCategory> categories, OrganisationId to) {
        return Referral.make(
                ReferralId.newId(),
                FAMILY,
                NORTH,
                to,
                Purpose.DIRECT_SUPPORT,
                people,
                categories,
                "  Mother asks for help with feeding.  ",
                null,
                "j.mensah",
                MADE);
    }

    private static Referral pending() {
        return refer(List.of(MOTHER, INFANT), BASIC_AND_HEALTH, SOUTH);
    }

    @Test
    void a_referral_names_the_people_and_categories_and_waits_for_the_receiving_organisation() {
        Referral referral = pending();

        assertThat(referral.status()).isEqualTo(ReferralStatus.PENDING);
        assertThat(referral.from()).isEqualTo(NORTH);
        assertThat(referral.to()).isEqualTo(SOUTH);
        assertThat(referral.family()).isEqualTo(FAMILY.id());
        assertThat(referral.people()).containsExactly(MOTHER, INFANT);
        assertThat(referral.categories()).isEqualTo(BASIC_AND_HEALTH);
        assertThat(referral.note()).contains("Mother asks for help with feeding.");
        assertThat(referral.madeBy()).isEqualTo("j.mensah");
        assertThat(referral.answeredBy()).isEmpty();
        assertThat(referral.answering()).isEmpty();
    }

    @Test
    void nobody_is_referred_anonymously_so_basic_details_are_always_among_the_categories() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> refer(List.of(MOTHER), Set.of(InformationCategory.MENTAL_HEALTH), SOUTH))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("categories");
                    assertThat(e.rule()).isEqualTo("basic-details-required");
                });
    }

    @Test
    void a_referral_names_at_least_one_person() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> refer(List.of(), BASIC_AND_HEALTH, SOUTH))
                .satisfies(e -> assertThat(e.field()).isEqualTo("people"));
    }

    @Test
    void only_members_of_the_family_are_referred_and_the_refusal_names_the_position() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> refer(List.of(MOTHER, STRANGER), BASIC_AND_HEALTH, SOUTH))
                .satisfies(e -> {
                    assertThat(e.field()).contains("people[1]");
                    assertThat(e.code()).isEqualTo("not-a-member");
                });
    }

    @Test
    void each_person_is_named_once() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> refer(List.of(MOTHER, MOTHER), BASIC_AND_HEALTH, SOUTH))
                .satisfies(e -> assertThat(e.field()).isEqualTo("people[1]"));
    }

    @Test
    void an_organisation_does_not_refer_a_family_to_itself() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> refer(List.of(MOTHER), BASIC_AND_HEALTH, NORTH))
                .satisfies(e -> {
                    assertThat(e.field()).contains("to");
                    assertThat(e.code()).isEqualTo("same-organisation");
                });
    }

    @Test
    void the_receiving_organisation_accepts_and_who_and_when_are_kept() {
        Referral referral = pending();

        referral.accept(SOUTH, "k.osei", LATER);

        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.answeredBy()).contains("k.osei");
        assertThat(referral.answeredAt()).contains(LATER);
        assertThat(referral.declineReason()).isEmpty();
    }

    @Test
    void the_receiving_organisation_declines_with_a_reason() {
        Referral referral = pending();

        referral.decline(SOUTH, "k.osei", "Outside our area: the family lives in East.", LATER);

        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(referral.declineReason()).contains("Outside our area: the family lives in East.");
    }

    @Test
    void a_decline_without_a_reason_is_refused() {
        Referral referral = pending();

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> referral.decline(SOUTH, "k.osei", "  ", LATER))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(referral.status()).isEqualTo(ReferralStatus.PENDING);
    }

    @Test
    void only_the_receiving_organisation_answers_a_referral() {
        Referral referral = pending();

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> referral.accept(NORTH, "j.mensah", LATER));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> referral.decline(EAST, "e.user", "Not ours", LATER));
        assertThat(referral.status()).isEqualTo(ReferralStatus.PENDING);
    }

    @Test
    void a_referral_is_answered_once() {
        Referral accepted = pending();
        accepted.accept(SOUTH, "k.osei", LATER);
        Referral declined = pending();
        declined.decline(SOUTH, "k.osei", "No capacity", LATER);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> accepted.decline(SOUTH, "k.osei", "Changed our mind", LATER))
                .satisfies(e -> assertThat(e.code()).isEqualTo("referral-not-pending"));
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> declined.accept(SOUTH, "k.osei", LATER))
                .satisfies(e -> assertThat(e.code()).isEqualTo("referral-not-pending"));
    }

    @Test
    void only_the_two_organisations_it_is_between_may_see_it() {
        Referral referral = pending();

        assertThat(referral.isBetween(NORTH)).isTrue();
        assertThat(referral.isBetween(SOUTH)).isTrue();
        assertThat(referral.isBetween(EAST)).isFalse();
    }

    @Test
    void a_stored_referral_reads_back_as_it_was_answered() {
        Referral declined = Referral.reconstitute(
                ReferralId.newId(),
                FAMILY.id(),
                NORTH,
                SOUTH,
                Purpose.SAFEGUARDING_REFERRAL,
                List.of(INFANT),
                Set.of(InformationCategory.BASIC_DETAILS),
                null,
                ReferralRequestId.newId(),
                "j.mensah",
                MADE,
                ReferralStatus.DECLINED,
                "k.osei",
                LATER,
                "No capacity",
                3);

        assertThat(declined.declineReason()).contains("No capacity");
        assertThat(declined.answering()).isPresent();
        assertThat(declined.version()).isEqualTo(3);
    }
}
