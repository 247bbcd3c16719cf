package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.organisation.Organisations;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.organisation.Organisation;

/**
 * A receipt the family can be given for one version of a consent. The controller is the organisation
 * that recorded the version, as the directory names it.
 */
@ApplicationScoped
public class IssueConsentReceipt {

    private final Consents consents;
    private final Organisations organisations;
    private final Access access;

    public IssueConsentReceipt(Consents consents, Organisations organisations, Access access) {
        this.consents = consents;
        this.organisations = organisations;
        this.access = access;
    }

    @Transactional
    public ConsentReceipt issue(Actor actor, ConsentId id, int versionNumber) {
        Consent consent = access.found(actor, consents.find(id), RecordType.CONSENT, id.value());
        Permit permit = access.require(
                actor,
                new Need.SeeRecord(HeldRecord.of(consent), Capability.READ_CONSENTS),
                consent.family(),
                RecordType.CONSENT,
                id.value());
        ConsentVersion version = consent.version(versionNumber)
                .orElseThrow(() -> new RecordNotFoundException("consent version", id + "/" + versionNumber));
        Organisation controller = organisations
                .find(version.recordedFor())
                .orElseGet(() -> new Organisation(
                        version.recordedFor(), version.recordedFor().value(), null));
        permit.handOver(Fact.of(AuditAction.CONSENT_RECEIPT_ISSUED, RecordType.CONSENT, id.value())
                .about(consent.subject(), InformationCategory.BASIC_DETAILS));
        return new ConsentReceipt(consent, version, controller);
    }
}
