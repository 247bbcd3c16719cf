package org.cradle.application.breakglass;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.MovableClock;
import org.cradle.application.RecordedTrail;
import org.cradle.application.access.AccessDenials;
import org.cradle.application.access.Relationships;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.contracts.breakglass.InMemoryBreakGlassAccesses;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.breakglass.BreakGlassAccess;
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
    final RecordedTrail recorded = new RecordedTrail();
    final List<AuditEvent> trail = recorded.events;
    final List<AuditEvent> denials = recorded.denials;
    private final InMemoryBreakGlassAccesses breakGlass =
            new InMemoryBreakGlassAccesses(family -> Optional.ofNullable(custodians.get(family)), () -> trail);
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
                boolean breakGlass =
                        InMemoryPorts.this.breakGlass.openFor(actor.organisation(), actor.subject(), family, at);
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

    BreakGlassAccesses breakGlassAccesses() {
        return breakGlass;
    }

    /** Every access granted, in the order granted. */
    List<BreakGlassAccess> accesses() {
        return breakGlass.all();
    }
}
