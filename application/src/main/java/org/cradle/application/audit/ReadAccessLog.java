package org.cradle.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;

/**
 * "Who saw my record": every access to a person's information — who, which organisation, when, what,
 * on which ground — newest first, for the practitioners in the family's support and subject-access
 * requests. Reading it is itself an access, and is recorded.
 */
@ApplicationScoped
public class ReadAccessLog {

    private final Access access;
    private final AuditTrail auditTrail;

    public ReadAccessLog(Access access, AuditTrail auditTrail) {
        this.access = access;
        this.auditTrail = auditTrail;
    }

    @Transactional
    public Page<AuditEvent> read(Actor actor, PersonId person, PageRequest page) {
        Permit permit = access.requireForPerson(actor, Need.SeeAccessLog::new, person);
        Page<AuditEvent> accesses = auditTrail.accessesTo(person, page);
        permit.handOver(Fact.of(AuditAction.ACCESS_LOG_READ, RecordType.PERSON, person.value())
                .about(person, InformationCategory.BASIC_DETAILS));
        return accesses;
    }
}
