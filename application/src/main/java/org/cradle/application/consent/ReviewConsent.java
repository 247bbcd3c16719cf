package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.access.Need;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.Family;

/** Re-confirms a consent or changes its decision or terms, as a new version superseding the current one. */
@ApplicationScoped
public class ReviewConsent {

    /** @param version the current version number, as the caller last read it */
    public record Command(ConsentId consent, int version, Decision decision, ConsentTermsInput terms) {}

    private final Consents consents;
    private final Families families;
    private final People people;
    private final ConsentRules consentRules;
    private final Access access;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ReviewConsent(
            Consents consents,
            Families families,
            People people,
            ConsentRules consentRules,
            Access access,
            AuditTrail auditTrail,
            Clock clock) {
        this.consents = consents;
        this.families = families;
        this.people = people;
        this.consentRules = consentRules;
        this.access = access;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Consent review(Actor actor, Command command) {
        Consent consent = access.found(
                actor,
                consents.find(command.consent()),
                RecordType.CONSENT,
                command.consent().value());
        Permit permit = access.require(
                actor,
                new Need.ChangeRecord(consent.held(), Capability.RECORD_CONSENTS),
                consent.family(),
                RecordType.CONSENT,
                consent.id().value());
        ConsentTerms terms = command.terms().toTerms();
        Family family = families.require(consent.family());
        consentRules.check(family, people.require(consent.subject()), consent.grantor(), terms);
        consent.review(command.version(), command.decision(), terms, actor, LocalDate.now(clock), clock.instant());
        consents.update(consent);
        auditTrail.record(permit.event(
                AuditAction.CONSENT_REVIEWED,
                RecordType.CONSENT,
                consent.id().value(),
                consent.subject(),
                InformationCategory.BASIC_DETAILS));
        return consent;
    }
}
