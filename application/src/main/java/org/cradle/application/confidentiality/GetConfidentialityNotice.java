package org.cradle.application.confidentiality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.FamilyWork;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.confidentiality.ConfidentialityNoticeId;

/** Shows one confidentiality notice, to an organisation that works or has worked with its family. */
@ApplicationScoped
public class GetConfidentialityNotice {

    private final ConfidentialityNotices notices;
    private final FamilyWork familyWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public GetConfidentialityNotice(
            ConfidentialityNotices notices, FamilyWork familyWork, AuditTrail auditTrail, Clock clock) {
        this.notices = notices;
        this.familyWork = familyWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public ConfidentialityNotice get(Actor actor, ConfidentialityNoticeId id) {
        AccessPolicy.require(actor, Capability.READ_CONSENTS);
        ConfidentialityNotice notice = notices.require(id);
        familyWork.require(actor, Capability.READ_CONSENTS, notice.family(), FamilyWork.Need.READ);
        auditTrail.record(
                actor,
                AuditAction.CONFIDENTIALITY_NOTICE_READ,
                RecordType.CONFIDENTIALITY_NOTICE,
                id.value(),
                notice.family(),
                clock.instant());
        return notice;
    }
}
