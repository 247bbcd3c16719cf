package org.cradle.domain.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an actor may do, and which roles grant it. Need-to-know rules (the actor's place in a family's
 * support, consent, sensitivity) will narrow these further; roles are the first gate.
 */
public enum Capability {
    /** Read families, people and episodes. Auditors and administrators do not see personal data. */
    READ_FAMILY_RECORDS(EnumSet.of(
            Role.PRACTITIONER,
            Role.TEAM_MANAGER,
            Role.SAFEGUARDING_LEAD,
            Role.CALDICOTT_GUARDIAN,
            Role.RECORDS_OFFICER,
            Role.INTEGRATOR)),
    /** Create and change families, people and episodes. */
    WRITE_FAMILY_RECORDS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD, Role.INTEGRATOR)),
    /**
     * Record consents and confidentiality notices, and what they say: only for families the actor's
     * organisation is working with (see the application's {@code FamilyWork}).
     */
    RECORD_CONSENTS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /** Read consents, their history, receipts and coverage, and confidentiality notices. */
    READ_CONSENTS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /** Register organisations and their names in Cradle's directory. */
    MANAGE_ORGANISATIONS(EnumSet.of(Role.ADMIN)),
    /** Read the audit trail: who did what to which record. */
    READ_AUDIT_TRAIL(EnumSet.of(Role.AUDITOR));

    private final Set<Role> grantedTo;

    Capability(Set<Role> grantedTo) {
        this.grantedTo = grantedTo;
    }

    public Set<Role> grantedTo() {
        return grantedTo;
    }
}
