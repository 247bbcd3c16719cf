package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.family.Family;

/** Re-confirms a consent or changes its decision or terms, as a new version superseding the current one. */
@ApplicationScoped
public class ReviewConsent {

    /** @param version the current version number, as the caller last read it */
    public record Command(ConsentId consent, int version, Decision decision, ConsentTermsInput terms) {}

    private final ConsentChanges changes;
    private final Families families;
    private final People people;
    private final ConsentRules consentRules;

    public ReviewConsent(ConsentChanges changes, Families families, People people, ConsentRules consentRules) {
        this.changes = changes;
        this.families = families;
        this.people = people;
        this.consentRules = consentRules;
    }

    @Transactional
    public Consent review(Actor actor, Command command) {
        ConsentChanges.OfConsent change = changes.open(actor, command.consent());
        Consent consent = change.consent();
        ConsentTerms terms = command.terms().toTerms();
        Family family = families.require(consent.family());
        consentRules.check(family, people.require(consent.subject()), consent.grantor(), terms);
        consent.review(command.version(), command.decision(), terms, actor, change.today(), change.now());
        return changes.store(change, AuditAction.CONSENT_REVIEWED);
    }
}
