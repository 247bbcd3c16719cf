package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** What a person had agreed to, or refused, on a given day: each consent's version in force then. */
@ApplicationScoped
public class FindConsentsInForce {

    private final Consents consents;
    private final Access access;
    private final Clock clock;

    public FindConsentsInForce(Consents consents, Access access, Clock clock) {
        this.consents = consents;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The page asked for of the consents the actor sees, filtered before they are paged; only those on
     * the page are shown, and so read.
     *
     * @param day the day asked about; today when null
     */
    @Transactional
    public Page<ConsentEvent> find(Actor actor, PersonId person, LocalDate day, PageRequest page) {
        Permit permit = access.requireForPerson(actor, p -> new Need.SeePerson(p, Capability.READ_CONSENTS), person);
        Predicate<Consent> visible = access.recordsSeen(actor, person, Consent::family, HeldRecord::of);
        LocalDate on = day == null ? LocalDate.ofInstant(permit.at(), clock.getZone()) : day;
        List<ConsentEvent> inForce = new ArrayList<>();
        for (Consent consent : consents.ofSubject(person)) {
            if (!visible.test(consent)) {
                continue;
            }
            consent.versionOn(on).ifPresent(version -> inForce.add(new ConsentEvent(consent, version)));
        }
        int from = (int) Math.min(page.offset(), inForce.size());
        List<ConsentEvent> shown = inForce.subList(from, Math.min(from + page.size(), inForce.size()));
        permit.handOver(shown.stream()
                .map(event -> Fact.of(
                                AuditAction.CONSENT_READ,
                                RecordType.CONSENT,
                                event.consent().id().value())
                        .about(event.consent().subject(), InformationCategory.BASIC_DETAILS)
                        .in(event.consent().family()))
                .toList());
        return new Page<>(shown, page, inForce.size());
    }
}
