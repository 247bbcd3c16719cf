package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;

/** A family's consents, each with its versions, oldest first. */
@ApplicationScoped
public class ListFamilyConsents {

    private final Consents consents;
    private final Access access;

    public ListFamilyConsents(Consents consents, Access access) {
        this.consents = consents;
        this.access = access;
    }

    @Transactional
    public Page<Consent> list(Actor actor, FamilyId family, PageRequest page) {
        Permit permit = access.require(actor, new Need.SeeFamily(Capability.READ_CONSENTS), family);
        Page<Consent> found = consents.ofFamily(family, permit.visibleRecords(), page);
        permit.handOver(found.items().stream()
                .map(consent -> Fact.of(
                                AuditAction.CONSENT_READ,
                                RecordType.CONSENT,
                                consent.id().value())
                        .about(consent.subject(), InformationCategory.BASIC_DETAILS))
                .toList());
        return found;
    }
}
