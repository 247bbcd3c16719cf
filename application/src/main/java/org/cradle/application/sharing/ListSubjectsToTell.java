package org.cradle.application.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;

/**
 * The reminder list: people the organisation's shares were about who were not told, because telling
 * would have increased a risk of harm, and have not been told since. The oldest first, so the longest
 * silence is reviewed first.
 */
@ApplicationScoped
public class ListSubjectsToTell {

    private final Access access;
    private final SharingDecisions decisions;

    public ListSubjectsToTell(Access access, SharingDecisions decisions) {
        this.access = access;
        this.decisions = decisions;
    }

    @Transactional
    public Page<StillToTell> list(Actor actor, PageRequest page) {
        Permit permit = access.require(actor, Capability.DECIDE_SHARING);
        Page<StillToTell> found = decisions.stillToTell(actor.organisation(), page);
        for (StillToTell row : found.items()) {
            permit.handOver(Fact.of(
                            AuditAction.SHARING_DECISION_READ,
                            RecordType.SHARING_DECISION,
                            row.decision().value())
                    .about(row.person(), InformationCategory.BASIC_DETAILS)
                    .in(row.family()));
        }
        return found;
    }
}
