package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.retention.LegalHold;

/** The organisation's legal holds, newest first, for its records officers. */
@ApplicationScoped
public class ListLegalHolds {

    private final Access access;
    private final LegalHolds holds;

    public ListLegalHolds(Access access, LegalHolds holds) {
        this.access = access;
        this.holds = holds;
    }

    @Transactional
    public Page<LegalHold> list(Actor actor, Boolean released, PageRequest page) {
        access.require(actor, Capability.MANAGE_RETENTION);
        return holds.of(actor.organisation(), released, page);
    }
}
