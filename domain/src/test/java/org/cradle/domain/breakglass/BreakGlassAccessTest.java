package org.cradle.domain.breakglass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.IntegrationClient;
import org.cradle.domain.actor.Role;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class BreakGlassAccessTest {

    private static final Instant NOW = Instant.parse("2026-11-21T22:40:00Z");
    private static final BreakGlassAccessId ID =
            new BreakGlassAccessId(UUID.fromString("7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"));
    private static final FamilyId FAMILY = new FamilyId(UUID.fromString("0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b10"));
    private static final OrganisationId SOUTH = new OrganisationId("south-council");
    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final String REASON = "Out-of-hours call: the mother is in A&E and the baby's carer is unknown.";

    private static final Actor PRACTITIONER = Actor.practitioner("p.south", SOUTH, Set.of(Role.PRACTITIONER));
    private static final Actor SAFEGUARDING_LEAD = Actor.practitioner("s.south", SOUTH, Set.of(Role.SAFEGUARDING_LEAD));
    private static final Actor CALDICOTT_GUARDIAN =
            Actor.practitioner("c.south", SOUTH, Set.of(Role.CALDICOTT_GUARDIAN));

    private static BreakGlassAccess granted() {
        return BreakGlassAccess.grant(ID, FAMILY, PRACTITIONER, REASON, NOW, BreakGlassDuration.DEFAULT);
    }

    @Test
    void a_grant_names_the_practitioner_their_organisation_the_family_and_the_reason() {
        BreakGlassAccess access = granted();

        assertThat(access.practitioner()).isEqualTo("p.south");
        assertThat(access.organisation()).isEqualTo(SOUTH);
        assertThat(access.family()).isEqualTo(FAMILY);
        assertThat(access.reason()).isEqualTo(REASON);
        assertThat(access.grantedAt()).isEqualTo(NOW);
        assertThat(access.reviewed()).isFalse();
        assertThat(access.version()).isZero();
    }

    @Test
    void a_grant_lasts_twenty_four_hours_by_default() {
        assertThat(granted().expiresAt()).isEqualTo(Instant.parse("2026-11-22T22:40:00Z"));
    }

    @Test
    void a_grant_lasts_as_long_as_the_organisation_set() {
        BreakGlassAccess access = BreakGlassAccess.grant(
                ID, FAMILY, PRACTITIONER, REASON, NOW, new BreakGlassDuration(Duration.ofHours(4)));

        assertThat(access.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));
    }

    @Test
    void a_grant_opens_the_family_from_the_moment_it_is_granted_until_just_before_it_expires() {
        BreakGlassAccess access = granted();

        assertThat(access.isActiveAt(NOW.minusMillis(1))).isFalse();
        assertThat(access.isActiveAt(NOW)).isTrue();
        assertThat(access.isActiveAt(NOW.plus(Duration.ofHours(24)).minusMillis(1)))
                .isTrue();
        assertThat(access.isActiveAt(NOW.plus(Duration.ofHours(24)))).isFalse();
        assertThat(access.isActiveAt(NOW.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void a_reason_is_required() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(
                        () -> BreakGlassAccess.grant(ID, FAMILY, PRACTITIONER, "  ", NOW, BreakGlassDuration.DEFAULT))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.rule()).isEqualTo("required");
                });
    }

    @Test
    void a_reason_and_a_review_note_may_run_to_paragraphs() {
        BreakGlassAccess access = BreakGlassAccess.grant(
                ID, FAMILY, PRACTITIONER, "Called by A&E.\n\nThe carer is unknown.", NOW, BreakGlassDuration.DEFAULT);

        access.review(0, SAFEGUARDING_LEAD, ReviewOutcome.APPROPRIATE, "Justified.\nDiscussed in supervision.", NOW);

        assertThat(access.reason()).isEqualTo("Called by A&E.\n\nThe carer is unknown.");
        assertThat(access.review().orElseThrow().note()).contains("\n");
    }

    @Test
    void a_reason_is_at_most_two_thousand_characters() {
        assertThat(BreakGlassAccess.grant(ID, FAMILY, PRACTITIONER, "a".repeat(2000), NOW, BreakGlassDuration.DEFAULT)
                        .reason())
                .hasSize(2000);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> BreakGlassAccess.grant(
                        ID, FAMILY, PRACTITIONER, "a".repeat(2001), NOW, BreakGlassDuration.DEFAULT))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("max-length"));
    }

    @Test
    void a_client_system_never_breaks_the_glass() {
        Actor client = new IntegrationClient("case-system", SOUTH, Set.of(Capability.READ_FAMILY_RECORDS));

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> BreakGlassAccess.grant(ID, FAMILY, client, REASON, NOW, BreakGlassDuration.DEFAULT))
                .satisfies(e -> assertThat(e.code()).isEqualTo("practitioners-only"));
    }

    @Test
    void a_safeguarding_lead_of_the_practitioners_organisation_records_whether_it_was_appropriate() {
        BreakGlassAccess access = granted();
        Instant later = NOW.plus(Duration.ofDays(2));

        access.review(0, SAFEGUARDING_LEAD, ReviewOutcome.APPROPRIATE, "Child at risk; the call was right.", later);

        assertThat(access.reviewed()).isTrue();
        assertThat(access.review()).hasValueSatisfying(review -> {
            assertThat(review.reviewer()).isEqualTo("s.south");
            assertThat(review.outcome()).isEqualTo(ReviewOutcome.APPROPRIATE);
            assertThat(review.note()).isEqualTo("Child at risk; the call was right.");
            assertThat(review.at()).isEqualTo(later);
        });
    }

    @Test
    void a_caldicott_guardian_may_find_it_inappropriate() {
        BreakGlassAccess access = granted();

        access.review(0, CALDICOTT_GUARDIAN, ReviewOutcome.INAPPROPRIATE, "Not urgent: should have asked.", NOW);

        assertThat(access.review().orElseThrow().outcome()).isEqualTo(ReviewOutcome.INAPPROPRIATE);
    }

    @Test
    void an_access_may_be_reviewed_while_it_is_still_open() {
        BreakGlassAccess access = granted();

        access.review(0, SAFEGUARDING_LEAD, ReviewOutcome.APPROPRIATE, "Seen the same night.", NOW.plusSeconds(60));

        assertThat(access.isActiveAt(NOW.plusSeconds(120))).isTrue();
    }

    @Test
    void an_access_is_reviewed_once() {
        BreakGlassAccess access = reviewedOnce();

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> access.review(0, CALDICOTT_GUARDIAN, ReviewOutcome.INAPPROPRIATE, "Again.", NOW))
                .satisfies(e -> assertThat(e.code()).isEqualTo("already-reviewed"));
        assertThat(access.review().orElseThrow().reviewer()).isEqualTo("s.south");
    }

    @Test
    void no_one_reviews_their_own_break_glass_even_with_a_reviewing_role() {
        BreakGlassAccess access =
                BreakGlassAccess.grant(ID, FAMILY, SAFEGUARDING_LEAD, REASON, NOW, BreakGlassDuration.DEFAULT);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> access.review(0, SAFEGUARDING_LEAD, ReviewOutcome.APPROPRIATE, "Fine.", NOW))
                .satisfies(e -> assertThat(e.code()).isEqualTo("own-break-glass"));
        assertThat(access.reviewed()).isFalse();
    }

    @Test
    void another_organisation_does_not_review_it() {
        Actor northLead = Actor.practitioner("s.north", NORTH, Set.of(Role.SAFEGUARDING_LEAD));

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> granted().review(0, northLead, ReviewOutcome.INAPPROPRIATE, "Not yours.", NOW))
                .satisfies(e -> assertThat(e.code()).isEqualTo("another-organisations-break-glass"));
    }

    @Test
    void a_review_needs_an_outcome_and_a_note() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> granted().review(0, SAFEGUARDING_LEAD, null, "A note.", NOW))
                .satisfies(e -> assertThat(e.field()).isEqualTo("outcome"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> granted().review(0, SAFEGUARDING_LEAD, ReviewOutcome.APPROPRIATE, " ", NOW))
                .satisfies(e -> assertThat(e.field()).isEqualTo("note"));
    }

    @Test
    void a_review_from_an_out_of_date_copy_is_refused() {
        BreakGlassAccess access = BreakGlassAccess.reconstitute(
                ID, FAMILY, SOUTH, "p.south", REASON, NOW, NOW.plus(Duration.ofHours(24)), null, 3);

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> access.review(2, SAFEGUARDING_LEAD, ReviewOutcome.APPROPRIATE, "Late.", NOW));
    }

    private static BreakGlassAccess reviewedOnce() {
        BreakGlassAccess access = granted();
        access.review(0, SAFEGUARDING_LEAD, ReviewOutcome.APPROPRIATE, "Justified.", NOW);
        return access;
    }
}
