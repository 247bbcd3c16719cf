package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.retention.LegalHold;
import org.cradle.domain.retention.LegalHoldId;

/**
 * A records officer corrects the end of one of their organisation's holds after the fact: the day it really
 * ended, in the past on purpose (the proceedings it was placed for ended on a given day, learnt of later),
 * with the reason. The correction is kept on the hold with the end it replaced, and audited. Serialised with
 * a release by the hold's row lock; a released hold is not corrected.
 */
@ApplicationScoped
public class CorrectLegalHoldEnd {

    public record Command(LegalHoldId hold, LocalDate endsOn, String reason) {}

    private final Access access;
    private final LegalHolds holds;

    public CorrectLegalHoldEnd(Access access, LegalHolds holds) {
        this.access = access;
        this.holds = holds;
    }

    @Transactional
    public LegalHold correct(Actor actor, Command command) {
        Permit permit = access.require(actor, Capability.MANAGE_RETENTION);
        LegalHold hold = access.found(
                actor,
                holds.findForChange(command.hold(), actor.organisation()),
                RecordType.LEGAL_HOLD,
                command.hold().value());
        LegalHold corrected = hold.endCorrected(command.endsOn(), actor.subject(), permit.at(), command.reason());
        holds.correctEnd(corrected);
        permit.handOver(Fact.of(
                AuditAction.LEGAL_HOLD_CORRECTED,
                RecordType.LEGAL_HOLD,
                hold.id().value()));
        return corrected;
    }
}
