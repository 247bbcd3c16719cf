package org.cradle.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cradle.domain.consent.Consents.FATHER;
import static org.cradle.domain.consent.Consents.HEALTH;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.actor.Role;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class ConsentTermsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

    private static ConsentTerms terms(
            Set<InformationCategory> categories, ConsentMethod method, List<Recipient> recipients, Set<?> excluded) {
        @SuppressWarnings("unchecked")
        Set<org.cradle.domain.person.PersonId> people = (Set<org.cradle.domain.person.PersonId>) excluded;
        return new ConsentTerms(
                EnumSet.of(Purpose.DIRECT_SUPPORT),
                recipients,
                categories,
                people,
                NotesKeptIn.INFANT_RECORD,
                method,
                FROM,
                FROM.plusYears(1),
                null);
    }

    @Test
    void implied_consent_cannot_cover_a_sensitive_category() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> terms(
                        EnumSet.of(InformationCategory.BASIC_DETAILS, InformationCategory.DOMESTIC_ABUSE),
                        ConsentMethod.IMPLIED,
                        List.of(Recipient.organisation(HEALTH)),
                        Set.of()))
                .satisfies(e -> assertThat(e.code()).isEqualTo("explicit-consent-required"))
                .satisfies(e -> assertThat(e.field()).contains("method"))
                .withMessageContaining("DOMESTIC_ABUSE");
    }

    @Test
    void implied_consent_is_enough_for_basic_details_and_explicit_consent_for_anything() {
        terms(
                EnumSet.of(InformationCategory.BASIC_DETAILS, InformationCategory.DEVELOPMENT_AND_HEALTH),
                ConsentMethod.IMPLIED,
                List.of(Recipient.organisation(HEALTH)),
                Set.of());
        terms(
                EnumSet.allOf(InformationCategory.class),
                ConsentMethod.EXPLICIT_VERBAL,
                List.of(Recipient.organisation(HEALTH)),
                Set.of());
    }

    @Test
    void the_sensitive_categories_are_those_the_guidance_names() {
        assertThat(EnumSet.allOf(InformationCategory.class).stream().filter(InformationCategory::isSensitive))
                .containsExactlyInAnyOrder(
                        InformationCategory.MENTAL_HEALTH,
                        InformationCategory.SUBSTANCE_USE,
                        InformationCategory.DOMESTIC_ABUSE,
                        InformationCategory.OFFENDING_HISTORY,
                        InformationCategory.SEXUAL_HEALTH);
    }

    @Test
    void the_review_date_must_be_after_the_effective_date() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Consents.terms(FROM, FROM))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reviewBy"))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("after-effective-from"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Consents.terms(FROM, FROM.minusDays(1)));
    }

    @Test
    void purposes_recipients_and_categories_are_each_required() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms(
                        Set.of(), ConsentMethod.EXPLICIT_WRITTEN, List.of(Recipient.organisation(HEALTH)), Set.of()))
                .satisfies(e -> assertThat(e.field()).isEqualTo("categories"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms(
                        EnumSet.of(InformationCategory.BASIC_DETAILS),
                        ConsentMethod.EXPLICIT_WRITTEN,
                        List.of(),
                        Set.of()))
                .satisfies(e -> assertThat(e.field()).isEqualTo("recipients"));
    }

    @Test
    void a_family_member_cannot_be_both_a_recipient_and_excluded() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms(
                        EnumSet.of(InformationCategory.BASIC_DETAILS),
                        ConsentMethod.EXPLICIT_WRITTEN,
                        List.of(Recipient.organisation(HEALTH), Recipient.familyMember(FATHER)),
                        Set.of(FATHER)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("recipients[1]"))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("excluded-and-recipient"));
    }

    @Test
    void a_recipient_names_exactly_what_its_kind_needs() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Recipient(RecipientKind.ORGANISATION, null, null, null, null))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("recipient-shape"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Recipient(
                        RecipientKind.ROLE, new OrganisationId("RX1"), Role.SAFEGUARDING_LEAD, null, null));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Recipient(RecipientKind.PRACTITIONER, null, null, "j.adeyemi", null));
        assertThat(Recipient.practitioner("j.adeyemi", HEALTH).kind()).isEqualTo(RecipientKind.PRACTITIONER);
    }

    @Test
    void a_recipient_named_twice_is_kept_once_and_equal_recipients_are_one_in_a_set() {
        List<Recipient> named = List.of(
                Recipient.organisation(HEALTH),
                Recipient.practitioner("dr-okafor", HEALTH),
                Recipient.organisation(new OrganisationId(HEALTH.value())),
                Recipient.role(Role.SAFEGUARDING_LEAD),
                Recipient.practitioner("dr-okafor", new OrganisationId(HEALTH.value())),
                Recipient.familyMember(FATHER),
                Recipient.teamAroundTheFamily(),
                Recipient.familyMember(FATHER));

        assertThat(Set.copyOf(new java.util.HashSet<>(named)))
                .containsExactlyInAnyOrder(
                        Recipient.organisation(HEALTH),
                        Recipient.practitioner("dr-okafor", HEALTH),
                        Recipient.role(Role.SAFEGUARDING_LEAD),
                        Recipient.familyMember(FATHER),
                        Recipient.teamAroundTheFamily());
        assertThat(Recipient.organisation(HEALTH).hashCode())
                .isEqualTo(Recipient.organisation(new OrganisationId(HEALTH.value()))
                        .hashCode());
    }
}
