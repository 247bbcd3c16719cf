package org.cradle.application.confidentiality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.family.Families;
import org.cradle.domain.ReviewPeriod;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.confidentiality.ConfidentialityNoticeId;
import org.cradle.domain.confidentiality.NoticeMethod;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/**
 * Records that an adult of a family was told what stays confidential and its limits, for the
 * organisation the actor acts for, which must be working with the family.
 */
@ApplicationScoped
public class RecordConfidentialityNotice {

    /** @param givenBy who told the person; {@code null} when it was the actor */
    public record Command(
            FamilyId family,
            PersonId person,
            LocalDate givenOn,
            NoticeMethod method,
            LocalDate revisitOn,
            PractitionerRef givenBy) {}

    private final Families families;
    private final Access access;
    private final ConfidentialityNotices notices;
    private final Clock clock;
    private final ReviewPeriod reviewPeriod;

    public RecordConfidentialityNotice(
            Families families, Access access, ConfidentialityNotices notices, Clock clock, ReviewPeriod reviewPeriod) {
        this.reviewPeriod = reviewPeriod;
        this.families = families;
        this.access = access;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public ConfidentialityNotice record(Actor actor, Command command) {
        Permit permit = access.require(
                actor, new Need.RecordAbout(command.person(), Capability.RECORD_CONSENTS), command.family());
        Family family = families.require(command.family());
        ConfidentialityNotice notice = ConfidentialityNotice.record(
                ConfidentialityNoticeId.newId(),
                family,
                command.person(),
                command.givenOn(),
                command.method(),
                command.givenBy() != null ? command.givenBy() : new PractitionerRef(actor.subject()),
                command.revisitOn(),
                actor.organisation(),
                actor.subject(),
                LocalDate.now(clock),
                clock.instant());
        reviewPeriod.requireWithin("revisitOn", notice.givenOn(), notice.revisitOn());
        notices.add(notice);
        permit.handOver(Fact.of(
                        AuditAction.CONFIDENTIALITY_NOTICE_RECORDED,
                        RecordType.CONFIDENTIALITY_NOTICE,
                        notice.id().value())
                .about(notice.person(), InformationCategory.BASIC_DETAILS));
        return notice;
    }
}
