package org.cradle.application.fact;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.cradle.application.access.Permit;
import org.cradle.application.access.UnitOfWork;
import org.cradle.application.audit.AuditedFacts;
import org.cradle.application.retention.DatesMovedByFacts;
import org.cradle.domain.audit.Fact;

/**
 * The one seam for what follows a change: every permit's facts come here, in the use case's transaction.
 * Retention first, so that a recomputation that fails (a family that vanished) leaves no event behind
 * it either; both roll back with the use case.
 */
@ApplicationScoped
public class FactsFollowing implements UnitOfWork {

    private final DatesMovedByFacts dates;
    private final AuditedFacts audit;

    public FactsFollowing(DatesMovedByFacts dates, AuditedFacts audit) {
        this.dates = dates;
        this.audit = audit;
    }

    @Override
    public void take(Permit permit, List<Fact> facts) {
        dates.recompute(permit, facts);
        audit.record(permit, facts);
    }
}
