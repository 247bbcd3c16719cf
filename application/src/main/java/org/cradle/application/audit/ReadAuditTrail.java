package org.cradle.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditEvent;

/** Lets an auditor see who did what to which record. The trail holds no personal data itself. */
@ApplicationScoped
public class ReadAuditTrail {

    private final Access access;
    private final AuditTrail auditTrail;

    public ReadAuditTrail(Access access, AuditTrail auditTrail) {
        this.access = access;
        this.auditTrail = auditTrail;
    }

    @Transactional
    public Page<AuditEvent> read(Actor actor, AuditQuery query, PageRequest page) {
        access.require(actor, Capability.READ_AUDIT_TRAIL);
        return auditTrail.find(query, actor.organisation(), page);
    }
}
