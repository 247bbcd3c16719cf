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

    private final Families families;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ReviseFamilyDetails(Families families, AuditTrail auditTrail, Clock clock) {
        this.families = families;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Family revise(Actor actor, Command command) {
        AccessPolicy.require(actor, Capability.WRITE_FAMILY_RECORDS);
        Family family = families.requireForChange(command.family());
        family.reviseDetails(command.version(), command.name(), command.recordKeepingMode());
        Family stored = families.update(family);
        auditTrail.record(
                actor,
                AuditAction.FAMILY_DETAILS_REVISED,
                RecordType.FAMILY,
                family.id().value(),
                family.id(),
                clock.instant());
        return stored;
    }
}
