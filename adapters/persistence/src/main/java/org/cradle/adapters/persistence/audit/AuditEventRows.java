package org.cradle.adapters.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code audit_event} rows, owned by {@link PanacheAuditTrail}: no other bean reaches them. */
@ApplicationScoped
class AuditEventRows implements PanacheRepositoryBase<AuditEventEntity, Long> {}
