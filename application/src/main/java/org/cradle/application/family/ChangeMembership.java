package org.cradle.application.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.person.PersonId;

/** Records a change in a member's role, living arrangements or parental responsibility. */
@ApplicationScoped
public class ChangeMembership {

    public record Command(
            FamilyId family,
            PersonId person,
            long version,
            FamilyRole role,
            boolean livesWithChild,
            boolean parentalResponsibility) {
        public Command {
            if (role == null) {
                throw new InvalidValueException("role", "required", "role is required.");
            }
        }
    }

    private final Families families;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ChangeMembership(Families families, AuditTrail auditTrail, Clock clock) {
        this.families = families;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Family change(Actor actor, Command command) {
        AccessPolicy.require(actor, Capability.WRITE_FAMILY_RECORDS);
        Family family = families.requireForChange(command.family());
        family.changeMembership(
                command.version(),
                command.person(),
                command.role(),
                command.livesWithChild(),
                command.parentalResponsibility());
        Family stored = families.update(family);
        auditTrail.record(
                actor,
                AuditAction.MEMBERSHIP_CHANGED,
                RecordType.PERSON,
                command.person().value(),
                family.id(),
                clock.instant());
        return stored;
    }
}
