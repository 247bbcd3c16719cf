package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;

/** Records a person's decision, given or refused, about sharing information about them. */
@ApplicationScoped
public class RecordConsent {

    public record Command(
            FamilyId family, PersonId subject, PersonId grantor, Decision decision, ConsentTermsInput terms) {}

    private final Families families;
    private final People people;
    private final Consents consents;
    private final ConsentRules consentRules;
    private final Access access;
    private final Clock clock;

    public RecordConsent(
            Families families,
            People people,
            Consents consents,
            ConsentRules consentRules,
            Access access,
            Clock clock) {
        this.families = families;
        this.people = people;
        this.consents = consents;
        this.consentRules = consentRules;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Consent record(Actor actor, Command command) {
        Permit permit = access.require(
                actor, new Need.RecordAbout(command.subject(), Capability.RECORD_CONSENTS), command.family());
        Family family = families.require(command.family());
        ConsentTerms terms = command.terms().toTerms();
        Person subject = people.require(command.subject());
        LocalDate today = LocalDate.now(clock);
        consentRules.check(family, subject, command.grantor(), terms);
        Consent consent = Consent.record(
                ConsentId.newId(),
                family.id(),
                subject.id(),
                command.grantor(),
                command.decision(),
                terms,
                actor,
                today,
                permit.at());
        consents.add(consent);
        permit.handOver(Fact.of(
                        command.decision() == Decision.GIVEN ? AuditAction.CONSENT_GIVEN : AuditAction.CONSENT_REFUSED,
                        RecordType.CONSENT,
                        consent.id().value())
                .about(consent.subject(), InformationCategory.BASIC_DETAILS));
        return consent;
    }
}
