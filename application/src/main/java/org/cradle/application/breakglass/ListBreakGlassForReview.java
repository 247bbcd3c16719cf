package org.cradle.application.breakglass;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
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

    public ListBreakGlassForReview(Access access, BreakGlassAccesses accesses) {
        this.access = access;
        this.accesses = accesses;
    }

    /** @param reviewed only reviewed accesses, only those waiting for review, or ({@code null}) all */
    @Transactional
    public Page<BreakGlassUse> list(Actor actor, Boolean reviewed, PageRequest page) {
        Permit permit = access.require(actor, Capability.REVIEW_BREAK_GLASS);
        Page<BreakGlassUse> found = accesses.forReview(actor.organisation(), reviewed, page);
        permit.handOver(found.items().stream()
                .map(use -> Fact.of(
                                AuditAction.BREAK_GLASS_READ,
                                RecordType.BREAK_GLASS_ACCESS,
                                use.access().id().value())
                        .in(use.access().family()))
                .toList());
        return found;
    }
}
