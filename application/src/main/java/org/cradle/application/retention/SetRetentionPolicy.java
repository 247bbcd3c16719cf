package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;

/**
 * A records officer chooses whether their organisation requires a second records officer to approve each
 * destruction, with the reason. Destructions decided before the change keep what they were decided under.
 */
@ApplicationScoped
public class SetRetentionPolicy {

    public static final int MAX_REASON_LENGTH = 1000;

    private final Access access;
    private final RetentionDecisions decisions;

    public SetRetentionPolicy(Access access, RetentionDecisions decisions) {
        this.access = access;
        this.decisions = decisions;
    }

    @Transactional
    public boolean set(Actor actor, boolean secondApproval, String reason) {
        Permit permit = access.require(actor, Capability.MANAGE_RETENTION);
        String why = Text.required("reason", reason, MAX_REASON_LENGTH);
        decisions.setSecondApproval(actor.organisation(), secondApproval, actor.subject(), permit.at(), why);
        return secondApproval;
    }
}
