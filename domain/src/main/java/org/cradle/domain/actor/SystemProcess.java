package org.cradle.domain.actor;

import java.util.Set;
import org.cradle.domain.Text;
import org.cradle.domain.organisation.OrganisationId;

/**
 * Cradle itself acting on a schedule (the retention sweeper): no roles, no personal data of its own to
 * read, and named in the audit trail by the process name. It acts for the organisation {@link #CRADLE}
 * and may do only what a schedule does: sweep retention, expire abandoned uploads, check stored videos.
 */
public record SystemProcess(String subject) implements Actor {

    public static final OrganisationId CRADLE = new OrganisationId("cradle");

    public SystemProcess {
        subject = Text.required("subject", subject, MAX_SUBJECT_LENGTH);
    }

    @Override
    public OrganisationId organisation() {
        return CRADLE;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public ActorKind kind() {
        return ActorKind.SYSTEM_PROCESS;
    }

    @Override
    public boolean may(Capability capability) {
        return capability == Capability.SWEEP_RETENTION || capability == Capability.MANAGE_VIDEO_STORAGE;
    }
}
