package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.application.family.FamilyWork;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.family.FamilyId;

/** A family's consents, each with its versions, oldest first. */
@ApplicationScoped
public class ListFamilyConsents {

    private final Families families;
    private final Consents consents;
    private final FamilyWork familyWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ListFamilyConsents(
            Families families, Consents consents, FamilyWork familyWork, AuditTrail auditTrail, Clock clock) {
        this.families = families;
        this.consents = consents;
        this.familyWork = familyWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Page<Consent> list(Actor actor, FamilyId family, PageRequest page) {
        families.require(family);
        familyWork.require(actor, Capability.READ_CONSENTS, family, FamilyWork.Need.READ);
        Page<Consent> found = consents.ofFamily(family, page);
        found.items()
                .forEach(consent -> auditTrail.record(
                        actor,
                        AuditAction.CONSENT_READ,
                        RecordType.CONSENT,
                        consent.id().value(),
                        family,
                        clock.instant()));
        return found;
    }
}
