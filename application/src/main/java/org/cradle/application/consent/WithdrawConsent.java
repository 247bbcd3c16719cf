package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.access.Need;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.InformationCategory;

/** Withdraws a given consent: one call, as easy as giving it (UK GDPR Art. 7(3)); not retroactive. */
@ApplicationScoped
public class WithdrawConsent {

    /**
     * @param version the current version number, as the caller last read it
     * @param effectiveFrom from when; today when absent
     */
    public record Command(ConsentId consent, int version, LocalDate effectiveFrom) {}

    private final Consents consents;
    private final Access access;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public WithdrawConsent(Consents consents, Access access, AuditTrail auditTrail, Clock clock) {
        this.consents = consents;
        this.access = access;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Consent withdraw(Actor actor, Command command) {
        Consent consent = access.found(
                actor,
                consents.find(command.consent()),
                RecordType.CONSENT,
                command.consent().value());
        Permit permit = access.require(
                actor,
                new Need.ChangeRecord(consent.held(), Capability.RECORD_CONSENTS),
                consent.family(),
                RecordType.CONSENT,
                consent.id().value());
        consent.withdraw(command.version(), command.effectiveFrom(), actor, LocalDate.now(clock), clock.instant());
        consents.update(consent);
        auditTrail.record(permit.event(
                AuditAction.CONSENT_WITHDRAWN,
                RecordType.CONSENT,
                consent.id().value(),
                consent.subject(),
                InformationCategory.BASIC_DETAILS));
        return consent;
    }
}
