package org.cradle.application.breakglass;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.access.Ground;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;

/**
 * The review list of a safeguarding lead or Caldicott guardian: the break-glass accesses their
 * organisation's practitioners broke, and those anyone broke on a family their organisation holds,
 * newest first. Each one listed is recorded as read ({@code BREAK_GLASS_READ}); no family content.
 */
@ApplicationScoped
public class ListBreakGlassForReview {

    private final Access access;
    private final BreakGlassAccesses accesses;
    private final AuditTrail auditTrail;

    public ListBreakGlassForReview(Access access, BreakGlassAccesses accesses, AuditTrail auditTrail) {
        this.access = access;
        this.accesses = accesses;
        this.auditTrail = auditTrail;
    }

    /** @param reviewed only reviewed accesses, only those waiting for review, or ({@code null}) all */
    @Transactional
    public Page<BreakGlassUse> list(Actor actor, Boolean reviewed, PageRequest page) {
        Permit permit = access.require(actor, Capability.REVIEW_BREAK_GLASS);
        Page<BreakGlassUse> found = accesses.forReview(actor.organisation(), reviewed, page);
        found.items()
                .forEach(use -> auditTrail.record(permit.in(use.access().family(), Ground.ROLE)
                        .event(
                                AuditAction.BREAK_GLASS_READ,
                                RecordType.BREAK_GLASS_ACCESS,
                                use.access().id().value())));
        return found;
    }
}
