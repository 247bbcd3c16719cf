package org.cradle.application.confidentiality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.episode.PractitionerRef;

/**
 * The confidentiality notices the actor's organisation should go over again, across the families it
 * works with: the latest notice it gave each adult, once its revisit date has come. Only the actor's
 * own organisation's notices are listed. Each one listed is recorded as read.
 */
@ApplicationScoped
public class ListNoticesDueForRevisit {

    /**
     * @param on the date to look at; {@code null} for today
     * @param practitioner only the notices this practitioner gave; {@code null} for the whole organisation
     */
    public record Query(LocalDate on, PractitionerRef practitioner) {}

    private final Access access;
    private final ConfidentialityNotices notices;
    private final Clock clock;

    public ListNoticesDueForRevisit(Access access, ConfidentialityNotices notices, Clock clock) {
        this.access = access;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public Page<ConfidentialityNotice> list(Actor actor, Query query, PageRequest page) {
        Permit permit = access.require(actor, Capability.READ_CONSENTS);
        LocalDate on = query.on() != null ? query.on() : LocalDate.ofInstant(permit.at(), clock.getZone());
        Page<ConfidentialityNotice> found =
                notices.dueForRevisit(new DueForRevisitQuery(actor.organisation(), on, query.practitioner()), page);
        permit.handOver(found.items().stream()
                .map(notice -> Fact.of(
                                AuditAction.CONFIDENTIALITY_NOTICE_READ,
                                RecordType.CONFIDENTIALITY_NOTICE,
                                notice.id().value())
                        .about(notice.person(), InformationCategory.BASIC_DETAILS)
                        .in(notice.family()))
                .toList());
        return found;
    }
}
