package org.cradle.application.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
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

    private final Access access;
    private final Families families;

    public ChangeMembership(Access access, Families families) {
        this.access = access;
        this.families = families;
    }

    @Transactional
    public Family change(Actor actor, Command command) {
        Permit permit = access.require(actor, new Need.ChangeFamily(Capability.WRITE_FAMILY_RECORDS), command.family());
        Family family = families.requireForChange(command.family());
        family.changeMembership(
                command.version(),
                command.person(),
                command.role(),
                command.livesWithChild(),
                command.parentalResponsibility());
        Family stored = families.update(family);
        permit.handOver(Fact.of(
                        AuditAction.MEMBERSHIP_CHANGED,
                        RecordType.PERSON,
                        command.person().value())
                .about(command.person(), InformationCategory.BASIC_DETAILS));
        return stored;
    }
}
