package org.cradle.application.access;

import org.cradle.domain.audit.AuditEvent;

/**
 * Where refused attempts are recorded: committed on their own, because the request that was refused
 * rolls back everything else it did.
 */
public interface AccessDenials {

    void record(AuditEvent denial);
}
