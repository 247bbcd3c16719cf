package org.cradle.application.breakglass;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.family.Families;
import org.cradle.domain.ConflictException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.cradle.domain.breakglass.BreakGlassDuration;
import org.cradle.domain.family.FamilyId;

/**
 * Breaks the glass: gives the practitioner read-only access to a family outside their scope, for the
 * reason they state, until the organisation's break-glass duration runs out. The grant is audited as
 * {@code BREAK_GLASS_GRANTED} on the break-glass ground, and every read under it is flagged the same
 * way; it waits in the review list of the practitioner's organisation.
 */
@ApplicationScoped
public class BreakGlass {

    public record Command(FamilyId family, String reason) {}

    private final Access access;
    private final Families families;
    private final BreakGlassAccesses accesses;
    private final BreakGlassDuration duration;

    public BreakGlass(Access access, Families families, BreakGlassAccesses accesses, BreakGlassDuration duration) {
        this.access = access;
        this.families = families;
        this.accesses = accesses;
        this.duration = duration;
    }

    @Transactional
    public BreakGlassAccess breakGlass(Actor actor, Command command) {
        Permit permit = access.require(actor, Capability.BREAK_GLASS);
        FamilyId family = command.family();
        access.found(actor, families.find(family), RecordType.FAMILY, family.value());
        // Held until the grant is written, so that two requests at once cannot both find no open access.
        families.requireForChange(family);
        if (accesses.openFor(actor.organisation(), actor.subject(), family, permit.at())) {
            throw new ConflictException(
                    "break-glass-open",
                    "You already hold break-glass access to family " + family
                            + ": it is open until it expires, and each access is reviewed on its own reason.");
        }
        BreakGlassAccess granted = BreakGlassAccess.grant(
                BreakGlassAccessId.newId(), family, actor, command.reason(), permit.at(), duration);
        accesses.add(granted);
        access.brokeGlass(permit, granted)
                .handOver(Fact.of(
                        AuditAction.BREAK_GLASS_GRANTED,
                        RecordType.BREAK_GLASS_ACCESS,
                        granted.id().value()));
        return granted;
    }
}
