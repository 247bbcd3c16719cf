package org.cradle.domain.actor;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an actor may do at all, and which roles grant it: the first gate, checked before a request
 * body is read. The {@link org.cradle.domain.access.AccessPolicy} then narrows it by the actor's relationship to the family.
 */
public enum Capability {
    /**
     * See families, people and episodes: the basic details. Records officers, auditors, administrators
     * and Caldicott guardians never see content.
     */
    READ_FAMILY_RECORDS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD, Role.INTEGRATOR)),
    /** Create and change families, people and episodes. */
    WRITE_FAMILY_RECORDS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD, Role.INTEGRATOR)),
    /** Record consents and confidentiality notices, and what they say. */
    RECORD_CONSENTS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /** Read consents, their history, receipts and coverage, and confidentiality notices. */
    READ_CONSENTS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /** Read case notes, as far as the policy lets the actor see them. */
    READ_CASE_NOTES(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /** Write case notes and correct them. */
    WRITE_CASE_NOTES(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /** Name the team around the family on an episode: who joins, who leaves, when. */
    MANAGE_TEAMS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /** Refer a family to another organisation, answer referrals and requests for one, and ask for one. */
    MAKE_REFERRALS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /**
     * Record session videos (upload them to an episode) and decide on them: their ownership, the summary
     * written into the record, their return to the parent, their deletion.
     */
    RECORD_VIDEOS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /** See session videos' metadata and play them, as far as the policy and the consents in force allow. */
    WATCH_VIDEOS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /** Run video storage: check every video's stored bytes, re-wrap data keys after a master-key rotation. */
    MANAGE_VIDEO_STORAGE(EnumSet.of(Role.ADMIN)),
    /** See a family urgently outside one's scope, for a stated reason, read-only and for a limited time. */
    BREAK_GLASS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /**
     * Walk the sharing flowchart for a proposed share, and record a decision to share or not. A
     * Caldicott guardian decides too: sharing without consent needs their competence or a
     * safeguarding lead's.
     */
    DECIDE_SHARING(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD, Role.CALDICOTT_GUARDIAN)),
    /**
     * Read sharing decisions and the disclosure log: with whom a person's information was shared, or
     * refused, when and why.
     */
    READ_DISCLOSURES(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD, Role.CALDICOTT_GUARDIAN)),
    /** Review the organisation's break-glass accesses. */
    REVIEW_BREAK_GLASS(EnumSet.of(Role.SAFEGUARDING_LEAD, Role.CALDICOTT_GUARDIAN)),
    /** See who saw a person's record: for the family's practitioners and subject-access requests. */
    READ_ACCESS_LOG(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /**
     * Prepare a person's subject-access export (everything the organisation holds about them) and, once
     * a records officer has released it, download it for the person.
     */
    PREPARE_SUBJECT_ACCESS(EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD)),
    /**
     * See a subject-access export's state and its redactions: what was marked for withholding and why,
     * never the content.
     */
    READ_SUBJECT_ACCESS_EXPORTS(
            EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD, Role.RECORDS_OFFICER)),
    /**
     * Review a subject-access export's redactions (withhold, or disclose after all) and release it: the
     * records officer's part, on the redactions' metadata, never the content.
     */
    REVIEW_SUBJECT_ACCESS(EnumSet.of(Role.RECORDS_OFFICER)),
    /**
     * Run the organisation's retention: see its records' review dates and why (metadata, never content),
     * and set its own periods for configurable rules and automatic destruction.
     */
    MANAGE_RETENTION(EnumSet.of(Role.RECORDS_OFFICER)),
    /** Run the retention sweeper: records officers on demand, for their organisation, and Cradle on its schedule. */
    SWEEP_RETENTION(EnumSet.of(Role.RECORDS_OFFICER)),
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

    /** How an identity provider names the capability as an OAuth scope: {@code cradle:read-family-records}. */
    public String scopeName() {
        return "cradle:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Capability> fromScopeName(String scope) {
        return Arrays.stream(values()).filter(c -> c.scopeName().equals(scope)).findFirst();
    }
}
