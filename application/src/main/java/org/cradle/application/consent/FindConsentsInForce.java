package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.access.Need;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;

/** What a person had agreed to, or refused, on a given day: each consent's version in force then. */
@ApplicationScoped
public class FindConsentsInForce {

    private final Consents consents;
    private final Access access;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public FindConsentsInForce(Consents consents, Access access, AuditTrail auditTrail, Clock clock) {
        this.consents = consents;
        this.access = access;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** @param day the day asked about; today when null */
    @Transactional
    public List<ConsentEvent> find(Actor actor, PersonId person, LocalDate day) {
        Permit permit = access.requireForPerson(actor, p -> new Need.SeePerson(p, Capability.READ_CONSENTS), person);
        Predicate<Consent> visible = access.recordsSeen(actor, person, Consent::family, Consent::held);
        LocalDate on = day == null ? LocalDate.ofInstant(permit.at(), clock.getZone()) : day;
        List<ConsentEvent> inForce = new ArrayList<>();
        for (Consent consent : consents.ofSubject(person)) {
            if (!visible.test(consent)) {
                continue;
            }
            consent.versionOn(on).ifPresent(version -> {
                inForce.add(new ConsentEvent(consent, version));
                auditTrail.record(permit.in(consent.family(), permit.ground())
                        .event(
                                AuditAction.CONSENT_READ,
                                RecordType.CONSENT,
                                consent.id().value(),
                                consent.subject(),
                                InformationCategory.BASIC_DETAILS));
            });
        }
        return inForce;
    }
}
