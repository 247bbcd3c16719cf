package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.FamilyWork;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.person.PersonId;

/** What a person had agreed to, or refused, on a given day: each consent's version in force then. */
@ApplicationScoped
public class FindConsentsInForce {

    private final Consents consents;
    private final FamilyWork familyWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public FindConsentsInForce(Consents consents, FamilyWork familyWork, AuditTrail auditTrail, Clock clock) {
        this.consents = consents;
        this.familyWork = familyWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** @param day the day asked about; today when null */
    @Transactional
    public List<ConsentEvent> find(Actor actor, PersonId person, LocalDate day) {
        familyWork.requireForPerson(actor, Capability.READ_CONSENTS, person, FamilyWork.Need.READ);
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        List<ConsentEvent> inForce = new ArrayList<>();
        for (Consent consent : consents.ofSubject(person)) {
            consent.versionOn(on).ifPresent(version -> {
                inForce.add(new ConsentEvent(consent, version));
                auditTrail.record(
                        actor,
                        AuditAction.CONSENT_READ,
                        RecordType.CONSENT,
                        consent.id().value(),
                        consent.family(),
                        clock.instant());
            });
        }
        return inForce;
    }
}
