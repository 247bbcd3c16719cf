package org.cradle.adapters.persistence.breakglass;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.cradle.domain.breakglass.BreakGlassDuration;
import org.cradle.domain.breakglass.ReviewOutcome;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class BreakGlassAccessMapperTest {

    private static final Instant AT = Instant.parse("2026-11-21T22:40:00Z");
    private static final OrganisationId SOUTH = new OrganisationId("south-council");

    private static BreakGlassAccess granted() {
        return BreakGlassAccess.grant(
                BreakGlassAccessId.newId(),
                FamilyId.newId(),
                Actor.practitioner("p.south", SOUTH, Set.of(Role.PRACTITIONER)),
                "Out-of-hours call about the baby.",
                AT,
                BreakGlassDuration.DEFAULT);
    }

    @Test
    void an_access_waiting_for_review_survives_the_round_trip() {
        BreakGlassAccess access = granted();

        BreakGlassAccessEntity row = BreakGlassAccessMapper.copy(access, new BreakGlassAccessEntity());

        assertThat(row.reviewedAt).isNull();
        assertThat(row.reviewOutcome).isNull();
        assertThat(BreakGlassAccessMapper.toDomain(row))
                .usingRecursiveComparison()
                .isEqualTo(access);
    }

    @Test
    void a_reviewed_access_survives_the_round_trip() {
        BreakGlassAccess access = granted();
        access.review(
                0,
                Actor.practitioner("c.south", SOUTH, Set.of(Role.CALDICOTT_GUARDIAN)),
                ReviewOutcome.INAPPROPRIATE,
                "Could have waited for the morning.",
                AT.plusSeconds(86_400));

        BreakGlassAccessEntity row = BreakGlassAccessMapper.copy(access, new BreakGlassAccessEntity());

        assertThat(row.reviewOutcome).isEqualTo("INAPPROPRIATE");
        assertThat(row.reviewedBy).isEqualTo("c.south");
        assertThat(BreakGlassAccessMapper.toDomain(row))
                .usingRecursiveComparison()
                .isEqualTo(access);
    }
}
