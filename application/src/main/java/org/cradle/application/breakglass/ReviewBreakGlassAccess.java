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
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.cradle.domain.breakglass.ReviewOutcome;

/**
 * Records a safeguarding lead's or Caldicott guardian's review of a break-glass access: appropriate
 * or not, with a note. Once per access, by the practitioner's own organisation and never by the
 * practitioner; audited as {@code BREAK_GLASS_REVIEWED}.
 */
@ApplicationScoped
public class ReviewBreakGlassAccess {

    public record Command(BreakGlassAccessId id, long version, ReviewOutcome outcome, String note) {}

    private final Access access;
    private final BreakGlassAccesses accesses;

    public ReviewBreakGlassAccess(Access access, BreakGlassAccesses accesses) {
        this.access = access;
        this.accesses = accesses;
    }

    @Transactional
    public BreakGlassUse review(Actor actor, Command command) {
        Permit permit = access.require(actor, Capability.REVIEW_BREAK_GLASS);
        BreakGlassUse use = access.found(
                actor,
                accesses.find(command.id(), actor.organisation()),
                RecordType.BREAK_GLASS_ACCESS,
                command.id().value());
        BreakGlassAccess reviewed = use.access();
        reviewed.review(command.version(), actor, command.outcome(), command.note(), permit.at());
        BreakGlassAccess stored = accesses.update(reviewed);
        permit.handOver(Fact.of(
                        AuditAction.BREAK_GLASS_REVIEWED,
                        RecordType.BREAK_GLASS_ACCESS,
                        stored.id().value())
                .in(stored.family()));
        return new BreakGlassUse(stored, use.auditEvents());
    }
}
