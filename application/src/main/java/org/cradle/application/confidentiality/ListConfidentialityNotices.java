package org.cradle.application.confidentiality;

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
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;

/**
 * Lists the confidentiality notices given in a family that the actor sees (their organisation's own,
 * and others' as far as a referral covers), newest first; each one listed is recorded as read.
 */
@ApplicationScoped
public class ListConfidentialityNotices {

    private final Access access;
    private final ConfidentialityNotices notices;

    public ListConfidentialityNotices(Access access, ConfidentialityNotices notices) {
        this.access = access;
        this.notices = notices;
    }

    @Transactional
    public Page<ConfidentialityNotice> list(Actor actor, FamilyId family, PageRequest page) {
        Permit permit = access.require(actor, new Need.SeeFamily(Capability.READ_CONSENTS), family);
        Page<ConfidentialityNotice> found = notices.ofFamily(family, permit.visibleRecords(), page);
        permit.handOver(found.items().stream()
                .map(notice -> Fact.of(
                                AuditAction.CONFIDENTIALITY_NOTICE_READ,
                                RecordType.CONFIDENTIALITY_NOTICE,
                                notice.id().value())
                        .about(notice.person(), InformationCategory.BASIC_DETAILS))
                .toList());
        return found;
    }
}
