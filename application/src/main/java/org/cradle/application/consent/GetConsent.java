package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.InformationCategory;

/** One consent with every version it has had. */
@ApplicationScoped
public class GetConsent {

    private final Consents consents;
    private final Access access;

    public GetConsent(Consents consents, Access access) {
        this.consents = consents;
        this.access = access;
    }

    @Transactional
    public Consent get(Actor actor, ConsentId id) {
        Consent consent = access.found(actor, consents.find(id), RecordType.CONSENT, id.value());
        Permit permit = access.require(
                actor,
                new Need.SeeRecord(HeldRecord.of(consent), Capability.READ_CONSENTS),
                consent.family(),
                RecordType.CONSENT,
                id.value());
        permit.handOver(Fact.of(AuditAction.CONSENT_READ, RecordType.CONSENT, id.value())
                .about(consent.subject(), InformationCategory.BASIC_DETAILS));
        return consent;
    }
}
