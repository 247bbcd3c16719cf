package org.cradle.application.audit;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.cradle.application.access.Permit;
import org.cradle.domain.audit.Fact;

/**
 * The audit trail's part of what follows a fact: one event per fact, on the permit's ground. The only
 * writer of the trail for a permit's facts (an architecture test keeps it so).
 */
@Dependent
public class AuditedFacts {

    private final AuditTrail trail;

    public AuditedFacts(AuditTrail trail) {
        this.trail = trail;
    }

    public void record(Permit permit, List<Fact> facts) {
        // A change to the directory holds no personal data: it moves dates, and is no event of the trail.
        trail.record(facts.stream()
                .filter(Fact.OfRecord.class::isInstance)
                .map(fact -> permit.eventOf((Fact.OfRecord) fact))
                .toList());
    }
}
