package org.cradle.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A grant made on consent lasts as long as the consent (ADR 19). */
class ReferralGrantTest {

    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final PersonId MOTHER = PersonId.newId();
    private static final ConsentId HERS = ConsentId.newId();
    private static final ConsentId HER_PARTNERS = ConsentId.newId();

    private static ReferralGrant restingOn(ConsentId... consents) {
        return new ReferralGrant(NORTH, Set.of(MOTHER), Set.of(InformationCategory.MENTAL_HEALTH), Set.of(consents));
    }

    @Test
    void a_grant_on_consent_stands_while_every_consent_it_rests_on_is_given() {
        assertThat(restingOn(HERS, HER_PARTNERS)
                        .standsWith(Map.of(HERS, ConsentStatus.GIVEN, HER_PARTNERS, ConsentStatus.GIVEN)))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ConsentStatus.class, names = "GIVEN", mode = EnumSource.Mode.EXCLUDE)
    void it_lapses_once_one_of_them_is_withdrawn_refused_or_past_its_review(ConsentStatus status) {
        assertThat(restingOn(HERS, HER_PARTNERS).standsWith(Map.of(HERS, ConsentStatus.GIVEN, HER_PARTNERS, status)))
                .isFalse();
    }

    @Test
    void it_lapses_when_a_consent_it_rests_on_has_no_version_in_force() {
        assertThat(restingOn(HERS).standsWith(Map.of())).isFalse();
    }

    @Test
    void a_grant_on_another_lawful_basis_does_not_depend_on_consent() {
        assertThat(new ReferralGrant(NORTH, Set.of(MOTHER), Set.of(InformationCategory.MENTAL_HEALTH))
                        .standsWith(Map.of()))
                .isTrue();
    }

    @Test
    void a_lapsed_referral_still_names_its_people_but_covers_no_record_of_the_referrers() {
        ReferralGrant lapsed = restingOn(HERS).withoutRecords();

        assertThat(lapsed.covers(MOTHER)).isTrue();
        assertThat(lapsed.covers(NORTH, Set.of(MOTHER), InformationCategory.MENTAL_HEALTH))
                .isFalse();
    }
}
