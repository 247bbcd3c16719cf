package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.InformationCategory;

/**
 * The given consents of the actor's organisation due for review by a day (today by default),
 * including those already past their review date, which no longer count as given.
 */
@ApplicationScoped
public class ListConsentsDueForReview {

    private final Access access;
    private final Consents consents;
    private final Clock clock;

    public ListConsentsDueForReview(Access access, Consents consents, Clock clock) {
        this.access = access;
        this.consents = consents;
        this.clock = clock;
    }

    @Transactional
    public Page<Consent> list(Actor actor, LocalDate day, PageRequest page) {
        Permit permit = access.require(actor, Capability.READ_CONSENTS);
        Page<Consent> due = consents.dueForReview(
                actor.organisation(), day == null ? LocalDate.ofInstant(permit.at(), clock.getZone()) : day, page);
        permit.handOver(due.items().stream()
                .map(consent -> Fact.of(
                                AuditAction.CONSENT_READ,
                                RecordType.CONSENT,
                                consent.id().value())
                        .about(consent.subject(), InformationCategory.BASIC_DETAILS)
                        .in(consent.family()))
                .toList());
        return due;
    }
}
