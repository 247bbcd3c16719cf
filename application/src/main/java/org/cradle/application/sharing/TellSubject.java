package org.cradle.application.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.ConflictException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;
import org.cradle.domain.sharing.Telling;

/**
 * Records that a person a share was about has now been told of it: by the organisation that decided,
 * which keeps the reminder list. The decision itself is not changed.
 */
@ApplicationScoped
public class TellSubject {

    private final Access access;
    private final SharingDecisions decisions;
    private final Clock clock;

    public TellSubject(Access access, SharingDecisions decisions, Clock clock) {
        this.access = access;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Transactional
    public Telling tell(Actor actor, SharingDecisionId id, PersonId person, LocalDate toldOn, String how) {
        access.require(actor, Capability.DECIDE_SHARING);
        SharingDecision decision = access.found(
                actor,
                decisions.find(id).filter(d -> d.organisation().equals(actor.organisation())),
                RecordType.SHARING_DECISION,
                id.value());
        Permit permit = access.require(
                actor,
                new Need.WorkWithFamily(Capability.DECIDE_SHARING),
                decision.family(),
                RecordType.SHARING_DECISION,
                id.value());
        boolean alreadyTold = person != null
                && decisions.tellings(id).stream().anyMatch(t -> t.person().equals(person));
        Telling telling = decision.tell(
                person,
                toldOn,
                how,
                alreadyTold,
                actor,
                LocalDate.ofInstant(permit.at(), clock.getZone()),
                permit.at());
        if (!decisions.add(telling)) {
            // Told at the same moment by someone else: the first one recorded stands.
            throw new ConflictException(
                    "already-told", "Person " + person + " has already been told of this decision.");
        }
        permit.handOver(Fact.of(AuditAction.SUBJECT_TOLD, RecordType.SHARING_DECISION, id.value())
                .about(person, InformationCategory.BASIC_DETAILS));
        return telling;
    }
}
