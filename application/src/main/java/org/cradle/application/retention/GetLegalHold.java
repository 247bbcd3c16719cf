package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.retention.LegalHold;
import org.cradle.domain.retention.LegalHoldId;

/** One of the organisation's legal holds; another organisation's answers as unknown. */
@ApplicationScoped
public class GetLegalHold {

    private final Access access;
    private final LegalHolds holds;

    public GetLegalHold(Access access, LegalHolds holds) {
        this.access = access;
        this.holds = holds;
    }

    @Transactional
    public LegalHold get(Actor actor, LegalHoldId id) {
        access.require(actor, Capability.MANAGE_RETENTION);
        return access.found(actor, holds.find(id, actor.organisation()), RecordType.LEGAL_HOLD, id.value());
    }
}
