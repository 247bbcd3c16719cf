package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;

/**
 * The given consents of the actor's organisation due for review by a day (today by default),
 * including those already past their review date, which no longer count as given.
 */
@ApplicationScoped
public class ListConsentsDueForReview {

    private final Consents consents;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ListConsentsDueForReview(Consents consents, AuditTrail auditTrail, Clock clock) {
        this.consents = consents;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Page<Consent> list(Actor actor, LocalDate day, PageRequest page) {
        AccessPolicy.require(actor, Capability.READ_CONSENTS);
        Page<Consent> due = consents.dueForReview(actor.organisation(), day == null ? LocalDate.now(clock) : day, page);
        due.items()
                .forEach(consent -> auditTrail.record(
                        actor,
                        AuditAction.CONSENT_READ,
                        RecordType.CONSENT,
                        consent.id().value(),
                        consent.family(),
                        clock.instant()));
        return due;
    }
}
