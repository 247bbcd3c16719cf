package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.FamilyWork;
import org.cradle.application.organisation.Organisations;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.organisation.Organisation;

/**
 * A receipt the family can be given for one version of a consent. The controller is the organisation
 * that recorded the version, as the directory names it.
 */
@ApplicationScoped
public class IssueConsentReceipt {

    private final Consents consents;
    private final Organisations organisations;
    private final FamilyWork familyWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public IssueConsentReceipt(
            Consents consents, Organisations organisations, FamilyWork familyWork, AuditTrail auditTrail, Clock clock) {
        this.consents = consents;
        this.organisations = organisations;
        this.familyWork = familyWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public ConsentReceipt issue(Actor actor, ConsentId id, int versionNumber) {
        Consent consent = consents.require(id);
        familyWork.require(actor, Capability.READ_CONSENTS, consent.family(), FamilyWork.Need.READ);
        ConsentVersion version = consent.version(versionNumber)
                .orElseThrow(() -> new RecordNotFoundException("consent version", id + "/" + versionNumber));
        Organisation controller = organisations
                .find(version.recordedFor())
                .orElseGet(() -> new Organisation(
                        version.recordedFor(), version.recordedFor().value(), null));
        auditTrail.record(
                actor,
                AuditAction.CONSENT_RECEIPT_ISSUED,
                RecordType.CONSENT,
                consent.id().value(),
                consent.family(),
                clock.instant());
        return new ConsentReceipt(consent, version, controller);
    }
}
