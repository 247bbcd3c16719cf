package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;

/** Every version of every consent about a person, in the order they were recorded. */
@ApplicationScoped
public class GetConsentHistory {

    private final Consents consents;
    private final Access access;

    public GetConsentHistory(Consents consents, Access access) {
        this.consents = consents;
        this.access = access;
    }

    @Transactional
    public Page<ConsentEvent> history(Actor actor, PersonId person, PageRequest page) {
        Permit permit = access.requireForPerson(actor, p -> new Need.SeePerson(p, Capability.READ_CONSENTS), person);
        Predicate<Consent> visible = access.recordsSeen(actor, person, Consent::family, HeldRecord::of);
        List<ConsentEvent> events = consents.ofSubject(person).stream()
                .filter(visible)
                .flatMap(consent -> consent.versions().stream().map(version -> new ConsentEvent(consent, version)))
                .sorted(Comparator.comparing(
                                (ConsentEvent event) -> event.version().recordedAt())
                        .thenComparing(event -> event.consent().id().value())
                        .thenComparingInt(event -> event.version().number()))
                .toList();
        List<ConsentEvent> onPage =
                events.stream().skip(page.offset()).limit(page.size()).toList();
        onPage.stream().map(ConsentEvent::consent).distinct().forEach(consent -> audit(permit, consent));
        return new Page<>(onPage, page, events.size());
    }

    private void audit(Permit permit, Consent consent) {
        permit.handOver(Fact.of(
                        AuditAction.CONSENT_READ,
                        RecordType.CONSENT,
                        consent.id().value())
                .about(consent.subject(), InformationCategory.BASIC_DETAILS)
                .in(consent.family()));
    }
}
