package org.cradle.adapters.persistence.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.cradle.application.access.AccessDenials;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.audit.AuditEvent;

/**
 * Records a refusal in a transaction of its own, committed before the refused request's transaction
 * rolls back: the attempt stays on the trail even though nothing else the request did does.
 */
@ApplicationScoped
public class CommittedAccessDenials implements AccessDenials {

    private final AuditTrail auditTrail;

    public CommittedAccessDenials(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @Override
    public void record(AuditEvent denial) {
        QuarkusTransaction.requiringNew().run(() -> auditTrail.record(denial));
    }
}
