package org.cradle.domain.access;

import java.util.stream.Collectors;
import org.cradle.domain.access.AccessDecision.Allowed;
import org.cradle.domain.access.AccessDecision.Denied;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.IntegrationClient;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.InformationCategory;

/**
 * Need to know: whether an actor may do what they ask with a family's records, given their roles and
 * their relationship to the family. A pure function of its inputs; the application's access service
 * loads the facts and applies the answer. The rules, in order:
 *
 * <ol>
 *   <li>The actor's roles must grant the capability the need takes, or it is refused.
 *   <li>A family the actor's organisation does not work with (did not create, accepted no referral
 *       for) and holds no break-glass grant on is hidden: answered as if it did not exist.
 *   <li>The family's shared record (name, members, people's details) is changed only by the
 *       organisation that created it; a referred organisation sees the people its referral names.
 *   <li>An organisation sees its own records; another organisation's only as far as an accepted
 *       referral from it, or a decision it recorded to share with the actor's organisation, covers the
 *       people and the category, or the consent in force of everyone the record is about covers the
 *       category for the actor.
 *   <li>A family another organisation shared records of, by a recorded decision, stays hidden: only
 *       the records the share shows are seen.
 *   <li>Within an organisation, its own case notes go to their author, the lead practitioner, the team
 *       around the family, team managers and safeguarding leads; a sensitive category not to team
 *       managers. A note another organisation sent it (by a referral it accepted, a share, or the
 *       consent of everyone the note is about) was sent to the organisation for its work: it goes to
 *       whoever there reads case notes, a sensitive category not to a team manager alone (ADR 23).
 *   <li>The team around the family is named by the lead practitioner, team managers and safeguarding
 *       leads of the episode's organisation: joining it opens the case notes.
 *   <li>Break-glass opens everything in the family for reading, flagged; it never allows a change.
 *   <li>Nothing about a person goes to a family member their consent excludes, whoever asks to show it.
 *   <li>A person's subject-access request is answered by an organisation working with them, by someone
 *       who sees all it holds about them: the lead practitioner, the team around the family or a
 *       safeguarding lead (a team manager does not read sensitive notes).
 *   <li>A session video stays with the organisation that recorded it: no referral, share, consent or
 *       break-glass shows it elsewhere. There, it is played for the work by its circle (whoever filmed
 *       it, the lead practitioner, the team around the family, safeguarding leads), in supervision also
 *       by team managers, in training by anyone there who watches videos; a use beyond the work needs
 *       the consent to that use of every adult who appears, from the moment it is withdrawn no more.
 *       Its circle, and team managers, decide on it (ADR 31).
 * </ol>
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    /** The decision on a need that involves no family: the role is all there is to ask. */
    public static AccessDecision decide(Actor actor, Capability capability) {
        return actor.may(capability) ? new Allowed(Ground.ROLE) : Denied.forbidden(roleRefusal(actor, capability));
    }

    public static AccessDecision decide(Actor actor, Need need, Relationship relationship) {
        if (!actor.may(need.capability())) {
            return Denied.forbidden(roleRefusal(actor, need.capability()));
        }
        if (!relationship.visible() && !(need instanceof Need.SeeRecord && relationship.receivesShares())) {
            return Denied.hidden(actor.organisation() + " does not work with this family.");
        }
        if (need instanceof Need.SeeFamily) {
            return relationship.works() ? own(relationship) : new Allowed(Ground.BREAK_GLASS);
        }
        if (need instanceof Need.SeePerson see) {
            if (relationship.custodian() || relationship.referrals().stream().anyMatch(r -> r.covers(see.person()))) {
                return own(relationship);
            }
            if (relationship.consents(see.person(), InformationCategory.BASIC_DETAILS)) {
                return new Allowed(Ground.CONSENT);
            }
            return relationship.breakGlass()
                    ? new Allowed(Ground.BREAK_GLASS)
                    : Denied.hidden("No referral to " + actor.organisation() + " names this person.");
        }
        if (need instanceof Need.ChangeFamily) {
            return relationship.custodian()
                    ? new Allowed(Ground.OWN_ORGANISATION)
                    : Denied.forbidden("Only the organisation that holds the family's record may change it; "
                            + actor.organisation() + " does not" + readOnly(relationship));
        }
        if (need instanceof Need.WorkWithFamily) {
            return relationship.works()
                    ? new Allowed(Ground.OWN_ORGANISATION)
                    : Denied.forbidden(
                            actor.organisation() + " does not work with this family" + readOnly(relationship));
        }
        if (need instanceof Need.RecordAbout about) {
            return recordAbout(actor, about, relationship);
        }
        if (need instanceof Need.SeeRecord see) {
            return seeRecord(actor, see.record(), relationship);
        }
        if (need instanceof Need.ShowToFamilyMember show) {
            return showToFamilyMember(actor, show, relationship);
        }
        if (need instanceof Need.ChangeRecord change) {
            return changeRecord(actor, change.record(), relationship);
        }
        if (need instanceof Need.ManageTeam team) {
            AccessDecision change = changeRecord(actor, team.episode(), relationship);
            if (!change.allowed()) {
                return change;
            }
            return relationship.leadPractitioner() || leads(actor) || actor.holds(Role.TEAM_MANAGER)
                    ? change
                    : Denied.forbidden("The team around the family is named by the lead practitioner, a team manager"
                            + " or a safeguarding lead.");
        }
        if (need instanceof Need.SeeRetention retention) {
            return retention.record().holder().equals(actor.organisation())
                    ? new Allowed(Ground.OWN_ORGANISATION)
                    : Denied.hidden("The record is " + retention.record().holder() + "'s: its records officers run"
                            + " its retention.");
        }
        if (need instanceof Need.PlayVideo play) {
            return playVideo(actor, play, relationship);
        }
        if (need instanceof Need.AnswerSubjectAccess answer) {
            return answerSubjectAccess(actor, answer, relationship);
        }
        Need.SeeAccessLog log = (Need.SeeAccessLog) need;
        return relationship.worksWith(log.person())
                        && (relationship.inTheTeam() || leads(actor) || actor.holds(Role.TEAM_MANAGER))
                ? own(relationship)
                : Denied.forbidden("Who saw a person's record is for the lead practitioner, the team around the"
                        + " family, team managers and safeguarding leads of an organisation working with them.");
    }

    /** Which of the family's records the actor sees, for lists filtered before they are paged. */
    public static VisibleRecords visibleRecords(Actor actor, Relationship relationship) {
        return new VisibleRecords(
                actor.organisation(),
                actor.subject(),
                relationship.breakGlass(),
                relationship.inTheTeam() || leads(actor),
                relationship.inTheTeam() || leads(actor) || actor.holds(Role.TEAM_MANAGER),
                readsReceivedSensitive(actor, relationship),
                relationship.grants(),
                relationship.consented());
    }

    private static AccessDecision recordAbout(Actor actor, Need.RecordAbout need, Relationship relationship) {
        if (!relationship.worksWith(need.person())) {
            return Denied.forbidden(actor.organisation() + " does not work with this person" + readOnly(relationship));
        }
        if (!relationship.openEpisode()) {
            return Denied.forbidden("Only an organisation working with the family (with an open episode) may do"
                    + " this; " + actor.organisation() + " has none.");
        }
        return new Allowed(Ground.OWN_ORGANISATION);
    }

    private static AccessDecision playVideo(Actor actor, Need.PlayVideo play, Relationship relationship) {
        AccessDecision seen = seeRecord(actor, play.video(), relationship);
        if (!seen.allowed()) {
            return seen;
        }
        boolean circle = inVideosCircle(actor, play.video(), relationship);
        boolean allowed =
                switch (play.use()) {
                    case WORK -> circle;
                    case SUPERVISION -> circle || actor.holds(Role.TEAM_MANAGER);
                    case TRAINING -> true;
                };
        if (!allowed) {
            return Denied.forbidden(
                    switch (play.use()) {
                        case WORK -> "A session video is played for the work by whoever filmed it, the lead"
                                + " practitioner, the team around the family and safeguarding leads.";
                        case SUPERVISION -> "A session video is viewed in supervision by its circle and team"
                                + " managers.";
                        case TRAINING -> "Not allowed.";
                    });
        }
        if (!play.withoutConsent().isEmpty()) {
            return Denied.forbidden(
                    "Playing this video for " + play.use().name().toLowerCase(java.util.Locale.ROOT)
                            + " needs the consent to it of every adult who appears; not in force for "
                            + play.withoutConsent().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
        return seen;
    }

    /** Whoever filmed the video, the lead practitioner, the team around the family and safeguarding leads. */
    private static boolean inVideosCircle(Actor actor, HeldRecord video, Relationship relationship) {
        return video.writtenBy(actor) || relationship.leadPractitioner() || relationship.inTheTeam() || leads(actor);
    }

    private static AccessDecision seeRecord(Actor actor, HeldRecord record, Relationship relationship) {
        boolean own = record.holder().equals(actor.organisation());
        if (record.isVideo()) {
            // Not shared by referral, sharing decision or consent, and not opened by break-glass: a session
            // video is the parent's, held for the work of the organisation that recorded it.
            return own && relationship.works()
                    ? new Allowed(Ground.OWN_ORGANISATION)
                    : Denied.hidden("The video is not " + actor.subject() + "'s to see.");
        }
        if (mayReadWithin(actor, record, relationship)) {
            if (own) {
                return new Allowed(Ground.OWN_ORGANISATION);
            }
            if (relationship.referred(record)) {
                return new Allowed(Ground.REFERRAL);
            }
            if (relationship.shared(record)) {
                return new Allowed(Ground.SHARING_DECISION);
            }
            if (relationship.consentCovers(record)) {
                return new Allowed(Ground.CONSENT);
            }
        }
        if (relationship.breakGlass()) {
            return new Allowed(Ground.BREAK_GLASS);
        }
        return Denied.hidden("The record is not " + actor.subject() + "'s to see.");
    }

    private static AccessDecision showToFamilyMember(
            Actor actor, Need.ShowToFamilyMember show, Relationship relationship) {
        AccessDecision seen = seeRecord(actor, show.record(), relationship);
        if (!seen.allowed()) {
            return seen;
        }
        boolean excluded = show.record().about().stream()
                .anyMatch(person -> !person.equals(show.member()) && relationship.excludes(person, show.member()));
        return excluded
                ? Denied.forbidden("The consent of someone this record is about excludes this family member from"
                        + " seeing or being told anything about them.")
                : seen;
    }

    private static AccessDecision answerSubjectAccess(
            Actor actor, Need.AnswerSubjectAccess answer, Relationship relationship) {
        if (!relationship.worksWith(answer.person())) {
            return Denied.forbidden(actor.organisation() + " does not work with this person" + readOnly(relationship));
        }
        if (!(relationship.inTheTeam() || leads(actor))) {
            return Denied.forbidden("A subject-access export is prepared by the lead practitioner, the team around the"
                    + " family or a safeguarding lead: those who see everything the organisation holds about the"
                    + " person, sensitive case notes included.");
        }
        return own(relationship);
    }

    private static AccessDecision changeRecord(Actor actor, HeldRecord record, Relationship relationship) {
        if (!seeRecord(actor, record, relationship).allowed()) {
            return Denied.hidden("The record is not " + actor.subject() + "'s to see.");
        }
        if (!record.holder().equals(actor.organisation())) {
            return Denied.forbidden("Only " + record.holder() + ", which holds this record, may change it.");
        }
        if (record.isVideo() && !(inVideosCircle(actor, record, relationship) || actor.holds(Role.TEAM_MANAGER))) {
            return Denied.forbidden("Decisions on a session video are made by its circle (whoever filmed it, the lead"
                    + " practitioner, the team around the family, safeguarding leads) and team managers.");
        }
        if (record.isCaseNote() && !(record.writtenBy(actor) || relationship.leadPractitioner() || leads(actor))) {
            return Denied.forbidden(
                    "A case note is corrected by its author, the lead practitioner or a safeguarding lead.");
        }
        if (!relationship.works()) {
            return Denied.forbidden("Break-glass access is read-only.");
        }
        return new Allowed(Ground.OWN_ORGANISATION);
    }

    /**
     * Within the organisation that may see it: its own case notes go to those in the work, sensitive
     * ones narrower; notes received from another organisation to whoever reads notes there, sensitive
     * ones not to a team manager alone.
     */
    static boolean mayReadWithin(Actor actor, HeldRecord record, Relationship relationship) {
        if (!record.isCaseNote() || record.writtenBy(actor)) {
            return true;
        }
        if (!record.holder().equals(actor.organisation())) {
            return !record.category().isSensitive() || readsReceivedSensitive(actor, relationship);
        }
        if (relationship.inTheTeam() || leads(actor)) {
            return true;
        }
        return !record.category().isSensitive() && actor.holds(Role.TEAM_MANAGER);
    }

    /**
     * Whether the actor reads a sensitive note another organisation sent theirs. A referral, a share or
     * a consent names the organisation (or the actor), never its team, which the receiving organisation
     * may not have named yet; only a team manager's oversight role does not open sensitive categories.
     */
    private static boolean readsReceivedSensitive(Actor actor, Relationship relationship) {
        return relationship.inTheTeam() || leads(actor) || actor.holds(Role.PRACTITIONER);
    }

    private static boolean leads(Actor actor) {
        return actor.holds(Role.SAFEGUARDING_LEAD);
    }

    private static Allowed own(Relationship relationship) {
        return new Allowed(relationship.custodian() ? Ground.OWN_ORGANISATION : Ground.REFERRAL);
    }

    private static String readOnly(Relationship relationship) {
        return relationship.breakGlass() ? " (break-glass access is read-only)." : ".";
    }

    private static String roleRefusal(Actor actor, Capability capability) {
        if (actor instanceof IntegrationClient && capability.grantedTo().contains(Role.INTEGRATOR)) {
            return "This client is not scoped to " + capability.scopeName() + ".";
        }
        return "This needs one of the roles "
                + capability.grantedTo().stream().map(Role::tokenName).sorted().collect(Collectors.joining(", "))
                + ".";
    }
}
