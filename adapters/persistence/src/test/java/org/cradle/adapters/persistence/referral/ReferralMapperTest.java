package org.cradle.adapters.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.Membership;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;
import org.junit.jupiter.api.Test;

class ReferralMapperTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final OrganisationId SOUTH = new OrganisationId("south-council");
    private static final PersonId MOTHER = PersonId.newId();
    private static final PersonId CHILD = PersonId.newId();
    private static final Family FAMILY = Family.reconstitute(
            FamilyId.newId(),
            new FamilyName("Round trip household"),
            RecordKeepingMode.LINKED,
            List.of(
                    new Membership(MOTHER, FamilyRole.MOTHER, true, true, AT),
                    new Membership(CHILD, FamilyRole.CHILD, true, false, AT)),
            AT,
            1);

    private static Referral referral(ReferralRequestId answering) {
        return Referral.make(
                ReferralId.newId(),
                FAMILY,
                NORTH,
                SOUTH,
                Purpose.DIRECT_SUPPORT,
                List.of(CHILD, MOTHER),
                Set.of(InformationCategory.MENTAL_HEALTH, InformationCategory.BASIC_DETAILS),
                "Feeding support",
                answering,
                "j.mensah",
                AT);
    }

    @Test
    void a_pending_referral_survives_the_round_trip_with_its_people_in_order() {
        Referral referral = referral(null);

        ReferralEntity row = ReferralMapper.copy(referral, new ReferralEntity());

        assertThat(row.people).containsExactly(CHILD.value(), MOTHER.value());
        assertThat(row.categories).containsExactly("BASIC_DETAILS", "MENTAL_HEALTH");
        assertThat(row.status).isEqualTo("PENDING");
        assertThat(ReferralMapper.toDomain(row)).usingRecursiveComparison().isEqualTo(referral);
    }

    @Test
    void a_declined_referral_answering_a_request_survives_the_round_trip() {
        Referral referral = referral(ReferralRequestId.newId());
        referral.decline(SOUTH, "k.osei", "No capacity this term", AT.plusSeconds(3600));

        ReferralEntity row = ReferralMapper.copy(referral, new ReferralEntity());

        assertThat(row.declineReason).isEqualTo("No capacity this term");
        assertThat(ReferralMapper.toDomain(row)).usingRecursiveComparison().isEqualTo(referral);
    }

    @Test
    void a_request_survives_the_round_trip_open_and_answered() {
        ReferralRequest request = ReferralRequest.ask(
                ReferralRequestId.newId(),
                SOUTH,
                new NhsNumber("9434765919"),
                MOTHER,
                NORTH,
                Purpose.SAFEGUARDING_REFERRAL,
                null,
                "k.osei",
                AT);

        assertThat(ReferralRequestMapper.toDomain(ReferralRequestMapper.copy(request, new ReferralRequestEntity())))
                .usingRecursiveComparison()
                .isEqualTo(request);

        request.answer(NORTH, "j.mensah", ReferralId.newId(), AT.plusSeconds(60));
        ReferralRequestEntity row = ReferralRequestMapper.copy(request, new ReferralRequestEntity());

        assertThat(row.status).isEqualTo("ANSWERED");
        assertThat(ReferralRequestMapper.toDomain(row))
                .usingRecursiveComparison()
                .isEqualTo(request);
    }
}
