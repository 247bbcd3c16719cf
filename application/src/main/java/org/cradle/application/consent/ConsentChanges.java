package org.cradle.application.consent;

import jakarta.enterprise.context.Dependent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.InformationCategory;

/**
 * The step the use cases that review and withdraw a consent share: the consent found and the need to
 * change it decided (only its holding organisation may; a hidden one is not found), and the new version
 * stored and audited about its subject. Only the change to the consent differs.
 */
@Dependent
public class ConsentChanges {

    /** The consent to change, the permit for it, and today and now as the change records them. */
    public record OfConsent(Consent consent, Permit permit, LocalDate today, Instant now) {}

    private final Consents consents;
    private final Access access;
    private final Clock clock;

    public ConsentChanges(Consents consents, Access access, Clock clock) {
        this.consents = consents;
        this.access = access;
        this.clock = clock;
    }

    /** The consent, for an actor who may change it; refused, recorded and thrown otherwise. */
    public OfConsent open(Actor actor, ConsentId id) {
        Consent consent = access.found(actor, consents.find(id), RecordType.CONSENT, id.value());
        Permit permit = access.require(
                actor,
                new Need.ChangeRecord(HeldRecord.of(consent), Capability.RECORD_CONSENTS),
                consent.family(),
                RecordType.CONSENT,
                consent.id().value());
        return new OfConsent(consent, permit, LocalDate.now(clock), clock.instant());
    }

    /** The changed consent stored, and the change audited as {@code action} about its subject. */
    public Consent store(OfConsent changed, AuditAction action) {
        Consent consent = changed.consent();
        consents.update(consent);
        changed.permit()
                .handOver(Fact.of(action, RecordType.CONSENT, consent.id().value())
                        .about(consent.subject(), InformationCategory.BASIC_DETAILS));
        return consent;
    }
}
