package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.FamilyWork;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;

/** One consent with every version it has had. */
@ApplicationScoped
public class GetConsent {

    private final Consents consents;
    private final FamilyWork familyWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public GetConsent(Consents consents, FamilyWork familyWork, AuditTrail auditTrail, Clock clock) {
        this.consents = consents;
        this.familyWork = familyWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Consent get(Actor actor, ConsentId id) {
        Consent consent = consents.require(id);
        familyWork.require(actor, Capability.READ_CONSENTS, consent.family(), FamilyWork.Need.READ);
        auditTrail.record(
                actor,
                AuditAction.CONSENT_READ,
                RecordType.CONSENT,
                consent.id().value(),
                consent.family(),
                clock.instant());
        return consent;
    }
}
