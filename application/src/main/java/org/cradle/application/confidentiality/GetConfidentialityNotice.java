package org.cradle.application.confidentiality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.confidentiality.ConfidentialityNoticeId;
import org.cradle.domain.consent.InformationCategory;

/** Shows one confidentiality notice, to an organisation that works or has worked with its family. */
@ApplicationScoped
public class GetConfidentialityNotice {

    private final ConfidentialityNotices notices;
    private final Access access;

    public GetConfidentialityNotice(ConfidentialityNotices notices, Access access) {
        this.notices = notices;
        this.access = access;
    }

    @Transactional
    public ConfidentialityNotice get(Actor actor, ConfidentialityNoticeId id) {
        ConfidentialityNotice notice =
                access.found(actor, notices.find(id), RecordType.CONFIDENTIALITY_NOTICE, id.value());
        Permit permit = access.require(
                actor,
                new Need.SeeRecord(notice.held(), Capability.READ_CONSENTS),
                notice.family(),
                RecordType.CONFIDENTIALITY_NOTICE,
                id.value());
        permit.handOver(Fact.of(AuditAction.CONFIDENTIALITY_NOTICE_READ, RecordType.CONFIDENTIALITY_NOTICE, id.value())
                .about(notice.person(), InformationCategory.BASIC_DETAILS));
        return notice;
    }
}
