package org.cradle.application.confidentiality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.application.family.FamilyWork;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.family.FamilyId;

/**
 * Lists every confidentiality notice given in a family, newest first, for an organisation that works
 * or has worked with it; each one listed is recorded as read.
 */
@ApplicationScoped
public class ListConfidentialityNotices {

    private final Families families;
    private final FamilyWork familyWork;
    private final ConfidentialityNotices notices;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ListConfidentialityNotices(
            Families families,
            FamilyWork familyWork,
            ConfidentialityNotices notices,
            AuditTrail auditTrail,
            Clock clock) {
        this.families = families;
        this.familyWork = familyWork;
        this.notices = notices;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Page<ConfidentialityNotice> list(Actor actor, FamilyId family, PageRequest page) {
        AccessPolicy.require(actor, Capability.READ_CONSENTS);
        families.require(family);
        familyWork.require(actor, Capability.READ_CONSENTS, family, FamilyWork.Need.READ);
        Page<ConfidentialityNotice> found = notices.ofFamily(family, page);
        Instant now = clock.instant();
        found.items()
                .forEach(notice -> auditTrail.record(
                        actor,
                        AuditAction.CONFIDENTIALITY_NOTICE_READ,
                        RecordType.CONFIDENTIALITY_NOTICE,
                        notice.id().value(),
                        family,
                        now));
        return found;
    }
}
