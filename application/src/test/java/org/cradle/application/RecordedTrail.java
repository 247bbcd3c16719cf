package org.cradle.application;

import java.util.ArrayList;
import java.util.List;
import org.cradle.application.access.AccessDenials;
import org.cradle.application.access.UnitOfWork;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.audit.AuditedFacts;
import org.cradle.contracts.audit.InMemoryAuditTrail;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;

/** The audit trail and the refusals, in memory: what the use cases under test recorded. */
public final class RecordedTrail {

    public final List<AuditEvent> events = new ArrayList<>();
    public final List<AuditEvent> denials = new ArrayList<>();

    public AuditTrail auditTrail() {
        return new InMemoryAuditTrail(events);
    }

    /** The unit of work of the use cases under test: their facts audited, as the service does. */
    public UnitOfWork unitOfWork() {
        AuditedFacts audited = new AuditedFacts(auditTrail());
        return audited::record;
    }

    public AccessDenials accessDenials() {
        return denials::add;
    }

    public List<AuditEvent> events(AuditAction action) {
        return events.stream().filter(e -> e.action() == action).toList();
    }
}
