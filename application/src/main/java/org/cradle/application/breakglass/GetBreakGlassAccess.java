package org.cradle.application.breakglass;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.breakglass.BreakGlassAccessId;

/**
 * Shows one break-glass access to a reviewer who sees it (of the practitioner's organisation, or of
 * the one holding the family); to anyone else it does not exist. Audited as {@code BREAK_GLASS_READ}.
 */
@ApplicationScoped
public class GetBreakGlassAccess {

    private final Access access;
    private final BreakGlassAccesses accesses;

    public GetBreakGlassAccess(Access access, BreakGlassAccesses accesses) {
        this.access = access;
        this.accesses = accesses;
    }

    @Transactional
    public BreakGlassUse get(Actor actor, BreakGlassAccessId id) {
        Permit permit = access.require(actor, Capability.REVIEW_BREAK_GLASS);
        BreakGlassUse use =
                access.found(actor, accesses.find(id, actor.organisation()), RecordType.BREAK_GLASS_ACCESS, id.value());
        permit.handOver(Fact.of(AuditAction.BREAK_GLASS_READ, RecordType.BREAK_GLASS_ACCESS, id.value())
                .in(use.access().family()));
        return use;
    }
}
