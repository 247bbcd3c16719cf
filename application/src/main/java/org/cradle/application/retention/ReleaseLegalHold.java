package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.retention.LegalHold;
import org.cradle.domain.retention.LegalHoldId;

/**
 * A records officer releases one of their organisation's holds, with the reason: the only way a hold
 * without an end date ends. Once only; two officers releasing at once are serialised by a row lock, and
 * the second is told it is already released.
 */
@ApplicationScoped
public class ReleaseLegalHold {

    private final Access access;
    private final LegalHolds holds;

    public ReleaseLegalHold(Access access, LegalHolds holds) {
        this.access = access;
        this.holds = holds;
    }

    @Transactional
    public LegalHold release(Actor actor, LegalHoldId id, String reason) {
        Permit permit = access.require(actor, Capability.MANAGE_RETENTION);
        LegalHold hold =
                access.found(actor, holds.findForChange(id, actor.organisation()), RecordType.LEGAL_HOLD, id.value());
        LegalHold released = hold.released(actor.subject(), permit.at(), reason);
        holds.release(released);
        permit.handOver(Fact.of(AuditAction.LEGAL_HOLD_RELEASED, RecordType.LEGAL_HOLD, id.value()));
        return released;
    }
}
