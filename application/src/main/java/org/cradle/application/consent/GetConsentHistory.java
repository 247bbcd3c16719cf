package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.FamilyWork;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.person.PersonId;

/** Every version of every consent about a person, in the order they were recorded. */
@ApplicationScoped
public class GetConsentHistory {

    private final Consents consents;
    private final FamilyWork familyWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public GetConsentHistory(Consents consents, FamilyWork familyWork, AuditTrail auditTrail, Clock clock) {
        this.consents = consents;
        this.familyWork = familyWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Page<ConsentEvent> history(Actor actor, PersonId person, PageRequest page) {
        familyWork.requireForPerson(actor, Capability.READ_CONSENTS, person, FamilyWork.Need.READ);
        List<ConsentEvent> events = consents.ofSubject(person).stream()
                .flatMap(consent -> consent.versions().stream().map(version -> new ConsentEvent(consent, version)))
                .sorted(Comparator.comparing(
                                (ConsentEvent event) -> event.version().recordedAt())
                        .thenComparing(event -> event.consent().id().value())
                        .thenComparingInt(event -> event.version().number()))
                .toList();
        List<ConsentEvent> onPage =
                events.stream().skip(page.offset()).limit(page.size()).toList();
        onPage.stream().map(ConsentEvent::consent).distinct().forEach(consent -> audit(actor, consent));
        return new Page<>(onPage, page, events.size());
    }

    private void audit(Actor actor, Consent consent) {
        auditTrail.record(
                actor,
                AuditAction.CONSENT_READ,
                RecordType.CONSENT,
                consent.id().value(),
                consent.family(),
                clock.instant());
    }
}
