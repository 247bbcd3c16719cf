package org.cradle.application.breakglass;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.MovableClock;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.RecordedTrail;
import org.cradle.application.access.AccessDenials;
import org.cradle.application.access.Relationships;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.Ground;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * The ports break-glass uses, in memory: families with their custodians, the relationships the
 * access policy reads (custodian, or an open break-glass access), the accesses, the trail and the
 * refusals, and a clock a test moves on.
 */
final class InMemoryPorts {

    final Map<FamilyId, Family> families = new HashMap<>();
    private final InMemoryFamilies familiesPort = new InMemoryFamilies();
    final Map<FamilyId, OrganisationId> custodians = new HashMap<>();
    final List<BreakGlassAccess> accesses = new ArrayList<>();
    final RecordedTrail recorded = new RecordedTrail();
    final List<AuditEvent> trail = recorded.events;
    final List<AuditEvent> denials = recorded.denials;
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-21T22:40:00Z"));

    void holds(OrganisationId custodian, Family family) {
        families.put(family.id(), family);
        familiesPort.add(family);
        custodians.put(family.id(), custodian);
    }

    /** The trail without the grants: what the practitioner did under their accesses. */
    List<AuditEvent> events(AuditAction action) {
        return trail.stream().filter(e -> e.action() == action).toList();
    }

    Families families() {
        return familiesPort;
    }

    Relationships relationships() {
        return new Relationships() {
            @Override
            public Optional<Relationship> with(Actor actor, FamilyId family, Instant at) {
                if (!families.containsKey(family)) {
                    return Optional.empty();
                }
                boolean custodian = actor.organisation().equals(custodians.get(family));
                boolean breakGlass = accesses.stream()
                        .anyMatch(a -> a.family().equals(family)
                                && a.organisation().equals(actor.organisation())
                                && a.practitioner().equals(actor.subject())
                                && a.isActiveAt(at));
                return Optional.of(new Relationship(custodian, List.of(), custodian, false, false, breakGlass));
            }

            @Override
            public Optional<Map<FamilyId, Relationship>> withFamiliesOf(Actor actor, PersonId person, Instant at) {
                throw new UnsupportedOperationException();
            }
        };
    }

    AccessDenials accessDenials() {
        return recorded.accessDenials();
    }

    AuditTrail auditTrail() {
        return recorded.auditTrail();
    }

    /** The port as the SQL adapter answers it, rule for rule. */
    BreakGlassAccesses breakGlassAccesses() {
        return new BreakGlassAccesses() {
            @Override
            public void add(BreakGlassAccess access) {
                accesses.add(access);
            }

            @Override
            public boolean openFor(OrganisationId organisation, String practitioner, FamilyId family, Instant at) {
                return accesses.stream()
                        .anyMatch(a -> a.organisation().equals(organisation)
                                && a.practitioner().equals(practitioner)
                                && a.family().equals(family)
                                && a.isActiveAt(at));
            }

            @Override
            public Optional<BreakGlassUse> find(BreakGlassAccessId id, OrganisationId reviewers) {
                return accesses.stream()
                        .filter(a -> a.id().equals(id) && seenBy(a, reviewers))
                        .findFirst()
                        .map(InMemoryPorts.this::use);
            }

            @Override
            public Page<BreakGlassUse> forReview(OrganisationId reviewers, Boolean reviewed, PageRequest page) {
                List<BreakGlassUse> all = accesses.stream()
                        .filter(a -> seenBy(a, reviewers) && (reviewed == null || a.reviewed() == reviewed))
                        .sorted(Comparator.comparing(BreakGlassAccess::grantedAt)
                                .thenComparing(a -> a.id().value())
                                .reversed())
                        .map(InMemoryPorts.this::use)
                        .toList();
                int from = (int) Math.min(all.size(), page.offset());
                return new Page<>(all.subList(from, Math.min(all.size(), from + page.size())), page, all.size());
            }

            @Override
            public BreakGlassAccess update(BreakGlassAccess access) {
                BreakGlassAccess stored = accesses.stream()
                        .filter(a -> a.id().equals(access.id()))
                        .findFirst()
                        .orElseThrow();
                if (stored.version() != access.version()) {
                    throw new StaleVersionException("break-glass access", access.id());
                }
                BreakGlassAccess next = BreakGlassAccess.reconstitute(
                        access.id(),
                        access.family(),
                        access.organisation(),
                        access.practitioner(),
                        access.reason(),
                        access.grantedAt(),
                        access.expiresAt(),
                        access.review().orElse(null),
                        access.version() + 1);
                accesses.set(accesses.indexOf(stored), next);
                return next;
            }
        };
    }

    private boolean seenBy(BreakGlassAccess access, OrganisationId reviewers) {
        return access.organisation().equals(reviewers) || reviewers.equals(custodians.get(access.family()));
    }

    private BreakGlassUse use(BreakGlassAccess access) {
        long made = trail.stream()
                .filter(e -> e.ground() == Ground.BREAK_GLASS
                        && e.action() != AuditAction.BREAK_GLASS_GRANTED
                        && access.family().equals(e.family())
                        && e.actorSubject().equals(access.practitioner())
                        && e.actorOrganisation().equals(access.organisation())
                        && access.isActiveAt(e.occurredAt()))
                .count();
        return new BreakGlassUse(access, made);
    }
}
