package org.cradle.application.access;

import java.util.List;
import org.cradle.domain.audit.Fact;

/**
 * Where a permit's facts go: what follows them (the audit trail's events, the retention dates they move)
 * happens there, in the transaction of the use case, and nowhere else. The access service hands each
 * permit it grants this unit of work, so that a use case cannot reach the audit trail but through it.
 */
public interface UnitOfWork {

    /** What follows {@code facts}, which happened under {@code permit}. */
    void take(Permit permit, List<Fact> facts);
}
