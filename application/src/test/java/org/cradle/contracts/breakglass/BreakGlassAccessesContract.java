package org.cradle.contracts.breakglass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.breakglass.BreakGlassAccesses;
import org.cradle.application.breakglass.BreakGlassUse;
import org.cradle.contracts.PortContract;
import org.cradle.contracts.Uuids;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.Ground;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.cradle.domain.breakglass.ReviewOutcome;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * What every store of break-glass accesses answers: an access open from the instant it was granted
 * until it expires, for its practitioner and organisation only; seen by the reviewers of the
 * practitioner's organisation and of the family's custodian, nobody else's, with the events made under
 * it counted from the audit trail; listed for review newest first (by when granted, then id), filtered
 * by whether reviewed before paging; a review stored onto the version read.
 */
public abstract class BreakGlassAccessesContract extends PortContract {

    private static final Instant GRANTED = at("2026-11-21T22:40:00Z");
    private static final PageRequest ALL = new PageRequest(0, 20);

    private final OrganisationId custodian = organisation("custodian");
    private final OrganisationId breakers = organisation("breakers");
    private final OrganisationId stranger = organisation("stranger");
    private final Actor breaker = Actor.practitioner("b.breaker", breakers, Set.of(Role.PRACTITIONER));
    private final Actor reviewer = Actor.practitioner("b.reviewer", breakers, Set.of(Role.PRACTITIONER));

    protected abstract BreakGlassAccesses accesses();

    /** The trail the events made under an access are counted from. */
    protected abstract AuditTrail trail();

    /** A family Cradle holds, whose record {@code custodian} created. */
    protected abstract FamilyId familyHeldBy(OrganisationId custodian);

    @Test
    void an_access_is_open_from_the_instant_it_was_granted_until_it_expires_for_its_practitioner_only() {
        FamilyId family = familyHeldBy(custodian);
        BreakGlassAccess access = access(family, breaker, GRANTED);
        transaction(() -> accesses().add(access));

        assertThat(openFor(breakers, breaker.subject(), family, GRANTED)).isTrue();
        assertThat(openFor(breakers, breaker.subject(), family, GRANTED.plusSeconds(3599)))
                .isTrue();
        assertThat(openFor(breakers, breaker.subject(), family, GRANTED.plusSeconds(3600)))
                .as("expired")
                .isFalse();
        assertThat(openFor(breakers, breaker.subject(), family, GRANTED.minusSeconds(1)))
                .as("not yet granted")
                .isFalse();
        assertThat(openFor(breakers, reviewer.subject(), family, GRANTED))
                .as("a colleague")
                .isFalse();
        assertThat(openFor(stranger, breaker.subject(), family, GRANTED))
                .as("for another organisation")
                .isFalse();
        assertThat(openFor(breakers, breaker.subject(), familyHeldBy(custodian), GRANTED))
                .as("another family")
                .isFalse();
    }

    @Test
    void an_access_is_seen_by_its_organisation_and_the_custodian_with_the_events_made_under_it() {
        FamilyId family = familyHeldBy(custodian);
        BreakGlassAccess access = access(family, breaker, GRANTED);
        transaction(() -> accesses().add(access));
        transaction(() -> trail().record(List.of(
                event(breaker, family, AuditAction.BREAK_GLASS_GRANTED, GRANTED),
                event(breaker, family, AuditAction.FAMILY_READ, GRANTED.plusSeconds(60)),
                event(breaker, family, AuditAction.PERSON_READ, GRANTED.plusSeconds(120)),
                event(breaker, family, AuditAction.FAMILY_READ, GRANTED.plusSeconds(3600)),
                event(reviewer, family, AuditAction.FAMILY_READ, GRANTED.plusSeconds(60)))));

        BreakGlassUse seen =
                transaction(() -> accesses().find(access.id(), breakers)).orElseThrow();

        assertThat(seen.access().family()).isEqualTo(family);
        assertThat(seen.access().practitioner()).isEqualTo(breaker.subject());
        assertThat(seen.access().reason()).isEqualTo(access.reason());
        assertThat(seen.access().grantedAt()).isEqualTo(GRANTED);
        assertThat(seen.access().expiresAt()).isEqualTo(access.expiresAt());
        assertThat(seen.access().reviewed()).isFalse();
        assertThat(seen.auditEvents())
                .as("the two reads while it was open: not the grant, not after it expired, not a colleague's")
                .isEqualTo(2);
        assertThat(transaction(() -> accesses().find(access.id(), custodian))).isPresent();
        assertThat(transaction(() -> accesses().find(access.id(), stranger))).isEmpty();
        assertThat(transaction(() -> accesses().find(BreakGlassAccessId.newId(), breakers)))
                .isEmpty();
    }

    @Test
    void accesses_for_review_come_newest_first_filtered_before_paging_and_a_review_is_stored_onto_the_version_read() {
        FamilyId family = familyHeldBy(custodian);
        BreakGlassAccess oldest = access(family, breaker, GRANTED.minusSeconds(7200));
        BreakGlassAccess twinA = access(family, breaker, GRANTED);
        BreakGlassAccess twinB = access(family, breaker, GRANTED);
        BreakGlassAccess middle = access(family, breaker, GRANTED.minusSeconds(3600));
        transaction(() -> List.of(twinA, oldest, twinB, middle).forEach(accesses()::add));
        List<BreakGlassAccessId> twins = List.of(twinA.id(), twinB.id()).stream()
                .sorted(Comparator.comparing(BreakGlassAccessId::value, Uuids.ORDER)
                        .reversed())
                .toList();

        BreakGlassAccess read = transaction(() -> accesses().find(middle.id(), breakers))
                .orElseThrow()
                .access();
        BreakGlassAccess stale = transaction(() -> accesses().find(middle.id(), breakers))
                .orElseThrow()
                .access();
        read.review(read.version(), reviewer, ReviewOutcome.APPROPRIATE, "Justified.", GRANTED.plusSeconds(7200));
        BreakGlassAccess stored = transaction(() -> accesses().update(read));
        stale.review(stale.version(), reviewer, ReviewOutcome.INAPPROPRIATE, "Not.", GRANTED.plusSeconds(7300));

        assertThat(stored.version()).isEqualTo(read.version() + 1);
        assertThat(stored.review()).isEqualTo(read.review());
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> transaction(() -> accesses().update(stale)));
        assertThat(ids(null, ALL)).containsExactly(twins.get(0), twins.get(1), middle.id(), oldest.id());
        assertThat(transaction(() -> accesses().forReview(custodian, null, ALL)).totalItems())
                .isEqualTo(4);
        assertThat(ids(true, ALL)).containsExactly(middle.id());
        assertThat(ids(false, ALL)).containsExactly(twins.get(0), twins.get(1), oldest.id());
        assertThat(ids(false, new PageRequest(1, 2))).containsExactly(oldest.id());
        assertThat(transaction(() -> accesses().forReview(custodian, false, new PageRequest(1, 2)))
                        .totalItems())
                .isEqualTo(3);
        assertThat(transaction(() -> accesses().forReview(stranger, null, ALL)).items())
                .isEmpty();
        assertThat(transaction(() -> accesses().find(middle.id(), custodian))
                        .orElseThrow()
                        .access()
                        .review())
                .isEqualTo(read.review());
    }

    private List<BreakGlassAccessId> ids(Boolean reviewed, PageRequest page) {
        return transaction(() -> accesses().forReview(custodian, reviewed, page)).items().stream()
                .map(use -> use.access().id())
                .toList();
    }

    private boolean openFor(OrganisationId organisation, String practitioner, FamilyId family, Instant at) {
        return transaction(() -> accesses().openFor(organisation, practitioner, family, at));
    }

    private static BreakGlassAccess access(FamilyId family, Actor practitioner, Instant granted) {
        return BreakGlassAccess.reconstitute(
                BreakGlassAccessId.newId(),
                family,
                practitioner.organisation(),
                practitioner.subject(),
                "Out of hours: the infant is in hospital.",
                granted,
                granted.plusSeconds(3600),
                null,
                0);
    }

    private static AuditEvent event(Actor actor, FamilyId family, AuditAction action, Instant at) {
        return AuditEvent.of(actor, action, RecordType.FAMILY, UUID.randomUUID(), family, at)
                .on(Ground.BREAK_GLASS);
    }
}
