package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.FamilyWork;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;

/** Withdraws a given consent: one call, as easy as giving it (UK GDPR Art. 7(3)); not retroactive. */
@ApplicationScoped
public class WithdrawConsent {

    /**
     * @param version the current version number, as the caller last read it
     * @param effectiveFrom from when; today when absent
     */
    public record Command(ConsentId consent, int version, LocalDate effectiveFrom) {}

    private final Consents consents;
    private final FamilyWork familyWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public WithdrawConsent(Consents consents, FamilyWork familyWork, AuditTrail auditTrail, Clock clock) {
        this.consents = consents;
        this.familyWork = familyWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Consent withdraw(Actor actor, Command command) {
        Consent consent = consents.require(command.consent());
        familyWork.require(actor, Capability.RECORD_CONSENTS, consent.family(), FamilyWork.Need.RECORD);
        consent.withdraw(command.version(), command.effectiveFrom(), actor, LocalDate.now(clock), clock.instant());
        consents.update(consent);
        auditTrail.record(
                actor,
                AuditAction.CONSENT_WITHDRAWN,
                RecordType.CONSENT,
                consent.id().value(),
                consent.family(),
                clock.instant());
        return consent;
    }
}
