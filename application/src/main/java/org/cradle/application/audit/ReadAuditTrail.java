package org.cradle.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditEvent;

/** Lets an auditor see who did what to which record. The trail holds no personal data itself. */
@ApplicationScoped
public class ReadAuditTrail {

    private final AuditTrail auditTrail;

    public ReadAuditTrail(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @Transactional
    public Page<AuditEvent> read(Actor actor, AuditQuery query, PageRequest page) {
        AccessPolicy.require(actor, Capability.READ_AUDIT_TRAIL);
        return auditTrail.find(query, page);
    }
}
