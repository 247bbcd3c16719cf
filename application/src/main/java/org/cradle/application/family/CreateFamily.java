package org.cradle.application.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Involvements;
import org.cradle.application.access.Permit;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.RecordKeepingMode;

/**
 * Starts a family's record, choosing whose name its records are held under. The actor's organisation
 * holds the record from then on: it is the family's custodian, and works with the family.
 */
@ApplicationScoped
public class CreateFamily {

    public record Command(FamilyName name, RecordKeepingMode recordKeepingMode) {
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
    private final Involvements involvements;

    public CreateFamily(Access access, Families families, Involvements involvements) {
        this.access = access;
        this.families = families;
        this.involvements = involvements;
    }

    @Transactional
    public Family create(Actor actor, Command command) {
        Permit permit = access.require(actor, Capability.WRITE_FAMILY_RECORDS);
        Family family = Family.start(FamilyId.newId(), command.name(), command.recordKeepingMode(), permit.at());
        families.add(family);
        involvements.addCustodian(family.id(), actor.organisation(), permit.at());
        permit.custodianOf(family.id())
                .handOver(Fact.of(
                        AuditAction.FAMILY_CREATED,
                        RecordType.FAMILY,
                        family.id().value()));
        return family;
    }
}
