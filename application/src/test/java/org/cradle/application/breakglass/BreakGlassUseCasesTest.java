package org.cradle.application.breakglass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.ConflictException;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.access.Ground;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassDuration;
import org.cradle.domain.breakglass.ReviewOutcome;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The break-glass use cases on in-memory ports: what is granted, refused, listed and recorded. */
class BreakGlassUseCasesTest {

    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final OrganisationId SOUTH = new OrganisationId("south-council");
    private static final OrganisationId EAST = new OrganisationId("east-council");
    private static final String REASON = "Out-of-hours call about the baby.";

    private static final Actor SOUTH_PRACTITIONER = Actor.practitioner("p.south", SOUTH, Set.of(Role.PRACTITIONER));
    private static final Actor SOUTH_LEAD = Actor.practitioner("s.south", SOUTH, Set.of(Role.SAFEGUARDING_LEAD));
    private static final Actor SOUTH_GUARDIAN = Actor.practitioner("c.south", SOUTH, Set.of(Role.CALDICOTT_GUARDIAN));
    private static final Actor NORTH_LEAD = Actor.practitioner("s.north", NORTH, Set.of(Role.SAFEGUARDING_LEAD));
    private static final Actor EAST_LEAD = Actor.practitioner("s.east", EAST, Set.of(Role.SAFEGUARDING_LEAD));

    private final InMemoryPorts ports = new InMemoryPorts();
    private final Access access = new Access(
            ports.relationships(),
            (actor, family, day) -> java.util.Set.of(),
            (family, day) -> java.util.Set.of(),
            ports.accessDenials(),
            ports.clock,
            ports.recorded.unitOfWork());
    private final BreakGlass breakGlass =
            new BreakGlass(access, ports.families(), ports.breakGlassAccesses(), BreakGlassDuration.DEFAULT);
    private final ListBreakGlassForReview list = new ListBreakGlassForReview(access, ports.breakGlassAccesses());
    private final GetBreakGlassAccess get = new GetBreakGlassAccess(access, ports.breakGlassAccesses());
    private final ReviewBreakGlassAccess review = new ReviewBreakGlassAccess(access, ports.breakGlassAccesses());

    private final Family family = Family.reconstitute(
            FamilyId.newId(),
            new FamilyName("Northern household"),
            RecordKeepingMode.LINKED,
            List.of(),
            Instant.EPOCH,
            0);

    @BeforeEach
    void northHoldsTheFamily() {
        ports.holds(NORTH, family);
    }

    @Test
    void a_practitioner_breaks_the_glass_and_the_grant_is_audited_on_the_break_glass_ground() {
        BreakGlassAccess granted =
                breakGlass.breakGlass(SOUTH_PRACTITIONER, new BreakGlass.Command(family.id(), REASON));

        assertThat(granted.expiresAt()).isEqualTo(ports.clock.instant().plus(Duration.ofHours(24)));
        assertThat(ports.events(AuditAction.BREAK_GLASS_GRANTED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.recordType()).isEqualTo(RecordType.BREAK_GLASS_ACCESS);
                    assertThat(event.recordId()).isEqualTo(granted.id().value());
                    assertThat(event.family()).isEqualTo(family.id());
                    assertThat(event.ground()).isEqualTo(Ground.BREAK_GLASS);
                });
    }

    @Test
    void the_family_is_seen_on_the_break_glass_ground_until_the_access_expires() {
        breakGlass.breakGlass(SOUTH_PRACTITIONER, new BreakGlass.Command(family.id(), REASON));

        assertThat(seeFamily().ground()).isEqualTo(Ground.BREAK_GLASS);
        ports.clock.advance(Duration.ofHours(24));
        assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(this::seeFamily);
    }

    @Test
    void an_unknown_family_is_not_found_and_the_refusal_is_recorded() {
        FamilyId unknown = FamilyId.newId();

        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> breakGlass.breakGlass(SOUTH_PRACTITIONER, new BreakGlass.Command(unknown, REASON)));
        assertThat(ports.accesses()).isEmpty();
        assertThat(ports.denials).singleElement().satisfies(denial -> {
            assertThat(denial.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(denial.recordId()).isEqualTo(unknown.value());
        });
    }

    @Test
    void a_role_without_break_glass_is_refused_and_nothing_is_looked_up() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> breakGlass.breakGlass(SOUTH_GUARDIAN, new BreakGlass.Command(family.id(), REASON)));
        assertThat(ports.accesses()).isEmpty();
        assertThat(ports.denials).singleElement().satisfies(d -> assertThat(d.recordType())
                .isEqualTo(RecordType.OPERATION));
    }

    @Test
    void one_open_access_at_a_time_and_another_once_it_expired() {
        breakGlass.breakGlass(SOUTH_PRACTITIONER, new BreakGlass.Command(family.id(), REASON));

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(
                        () -> breakGlass.breakGlass(SOUTH_PRACTITIONER, new BreakGlass.Command(family.id(), REASON)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("break-glass-open"));
        ports.clock.advance(Duration.ofHours(24));
        breakGlass.breakGlass(SOUTH_PRACTITIONER, new BreakGlass.Command(family.id(), "Called again at night."));
        assertThat(ports.accesses()).hasSize(2);
    }

    @Test
    void the_review_list_holds_the_organisations_own_practitioners_accesses_and_those_on_families_it_holds() {
        BreakGlassAccess granted =
                breakGlass.breakGlass(SOUTH_PRACTITIONER, new BreakGlass.Command(family.id(), REASON));

        for (Actor reviewer : List.of(SOUTH_LEAD, SOUTH_GUARDIAN, NORTH_LEAD)) {
            assertThat(list.list(reviewer, false, new PageRequest(0, 20)).items())
                    .extracting(use -> use.access().id())
                    .containsExactly(granted.id());
        }
        assertThat(list.list(EAST_LEAD, null, new PageRequest(0, 20)).items()).isEmpty();
        assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> get.get(EAST_LEAD, granted.id()));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> list.list(SOUTH_PRACTITIONER, null, new PageRequest(0, 20)));
    }

    @Test
    void each_access_counts_the_events_made_under_it_and_not_the_grant() {
        BreakGlassAccess granted =
                breakGlass.breakGlass(SOUTH_PRACTITIONER, new BreakGlass.Command(family.id(), REASON));
        seeFamily()
                .handOver(Fact.of(
                        AuditAction.FAMILY_READ, RecordType.FAMILY, family.id().value()));
        ports.clock.advance(Duration.ofHours(1));
        seeFamily()
                .handOver(Fact.of(
                        AuditAction.FAMILY_READ, RecordType.FAMILY, family.id().value()));

        assertThat(get.get(SOUTH_LEAD, granted.id()).auditEvents()).isEqualTo(2);
    }

    @Test
    void reading_the_review_list_is_recorded_per_access_with_no_ground_but_the_role() {
        BreakGlassAccess granted =
                breakGlass.breakGlass(SOUTH_PRACTITIONER, new BreakGlass.Command(family.id(), REASON));

        list.list(NORTH_LEAD, null, new PageRequest(0, 20));

        assertThat(ports.events(AuditAction.BREAK_GLASS_READ)).singleElement().satisfies(event -> {
            assertThat(event.recordId()).isEqualTo(granted.id().value());
            assertThat(event.family()).isEqualTo(family.id());
            assertThat(event.ground()).isEqualTo(Ground.ROLE);
            assertThat(event.breakGlass()).isFalse();
        });
    }

    @Test
    void a_review_is_recorded_once_and_audited() {
        BreakGlassAccess granted =
                breakGlass.breakGlass(SOUTH_PRACTITIONER, new BreakGlass.Command(family.id(), REASON));

        BreakGlassUse reviewed = review.review(
                SOUTH_GUARDIAN,
                new ReviewBreakGlassAccess.Command(granted.id(), 0, ReviewOutcome.INAPPROPRIATE, "Could have waited."));

        assertThat(reviewed.access().version()).isEqualTo(1);
        assertThat(reviewed.access().review().orElseThrow().reviewer()).isEqualTo("c.south");
        assertThat(ports.events(AuditAction.BREAK_GLASS_REVIEWED))
                .extracting(AuditEvent::actorSubject)
                .containsExactly("c.south");
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> review.review(
                        SOUTH_LEAD,
                        new ReviewBreakGlassAccess.Command(granted.id(), 1, ReviewOutcome.APPROPRIATE, "Again.")))
                .satisfies(e -> assertThat(e.code()).isEqualTo("already-reviewed"));
        assertThat(list.list(SOUTH_LEAD, true, new PageRequest(0, 20)).totalItems())
                .isEqualTo(1);
        assertThat(list.list(SOUTH_LEAD, false, new PageRequest(0, 20)).totalItems())
                .isZero();
    }

    private Permit seeFamily() {
        return access.require(SOUTH_PRACTITIONER, new Need.SeeFamily(Capability.READ_FAMILY_RECORDS), family.id());
    }
}
