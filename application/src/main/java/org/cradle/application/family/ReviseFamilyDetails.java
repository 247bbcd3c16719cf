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
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.RecordKeepingMode;

/** Renames a family or changes whose name its records are held under. */
@ApplicationScoped
public class ReviseFamilyDetails {

    public record Command(FamilyId family, long version, FamilyName name, RecordKeepingMode recordKeepingMode) {
        public Command {
            if (name == null) {
                throw new InvalidValueException("name", "required", "name is required.");
            }
            if (recordKeepingMode == null) {
                throw new InvalidValueException("recordKeepingMode", "required", "recordKeepingMode is required.");
            }
        }
    }

    private final Access access;
    private final Families families;

    public ReviseFamilyDetails(Access access, Families families) {
        this.access = access;
        this.families = families;
    }

    @Transactional
    public Family revise(Actor actor, Command command) {
        Permit permit = access.require(actor, new Need.ChangeFamily(Capability.WRITE_FAMILY_RECORDS), command.family());
        Family family = families.requireForChange(command.family());
        family.reviseDetails(command.version(), command.name(), command.recordKeepingMode());
        Family stored = families.update(family);
        permit.handOver(Fact.of(
                AuditAction.FAMILY_DETAILS_REVISED,
                RecordType.FAMILY,
                family.id().value()));
        return stored;
    }
}
