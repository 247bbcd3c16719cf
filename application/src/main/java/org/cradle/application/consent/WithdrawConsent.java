package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;

/** Withdraws a given consent: one call, as easy as giving it (UK GDPR Art. 7(3)); not retroactive. */
@ApplicationScoped
public class WithdrawConsent {

    /**
     * @param version the current version number, as the caller last read it
     * @param effectiveFrom from when; today when absent
     */
    public record Command(ConsentId consent, int version, LocalDate effectiveFrom) {}

    private final ConsentChanges changes;

    public WithdrawConsent(ConsentChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Consent withdraw(Actor actor, Command command) {
        ConsentChanges.OfConsent change = changes.open(actor, command.consent());
        change.consent().withdraw(command.version(), command.effectiveFrom(), actor, change.today(), change.now());
        return changes.store(change, AuditAction.CONSENT_WITHDRAWN);
    }
}
