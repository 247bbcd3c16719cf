package org.cradle.application.sharing;

import jakarta.enterprise.context.Dependent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.casenote.CaseNotes;
import org.cradle.application.consent.CoverageAnswers;
import org.cradle.application.organisation.Organisations;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageQuestion;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharedItem;
import org.cradle.domain.sharing.SharingAdvice;
import org.cradle.domain.sharing.SharingFlowchart;

/**
 * What the flowchart needs to know about a proposed share in a family, and how asking is recorded: a
 * step that proposing and deciding share, not a use case. The subjects must be members of the family
 * whom the actor sees, and a family member as recipient a member of the family: a proposal about anyone
 * else is refused, and the consents of a subject who is not a member the actor sees are never read.
 */
@Dependent
public class ShareFacts {

    private final Organisations organisations;
    private final CoverageAnswers coverageAnswers;
    private final CaseNotes caseNotes;
    private final Access access;
    private final Clock clock;

    public ShareFacts(
            Organisations organisations,
            CoverageAnswers coverageAnswers,
            CaseNotes caseNotes,
            Access access,
            Clock clock) {
        this.organisations = organisations;
        this.coverageAnswers = coverageAnswers;
        this.caseNotes = caseNotes;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The flowchart walked for the proposal in the family, on the consents in force on the permit's day,
     * for the permit's actor as decider: what proposing, deciding and referring all ask.
     */
    SharingAdvice advise(Permit permit, FamilyId family, ShareProposal proposal) {
        return SharingFlowchart.walk(
                proposal,
                coverage(permit, family, proposal, LocalDate.ofInstant(permit.at(), clock.getZone())),
                permit.actor());
    }

    /**
     * The proposal with each case note it carries read as written: the version's kind (fact or opinion)
     * and category. A note must be one of this family's that the decider may read, in a version it has,
     * about none but the share's subjects; its category must be one the share names.
     */
    ShareProposal asWritten(Permit permit, FamilyId family, ShareProposal proposal) {
        if (proposal.content().stream().noneMatch(SharedItem::isCaseNote)) {
            return proposal;
        }
        List<SharedItem> items = new ArrayList<>();
        for (int i = 0; i < proposal.content().size(); i++) {
            SharedItem item = proposal.content().get(i);
            if (!item.isCaseNote()) {
                items.add(item);
                continue;
            }
            String field = "content[" + i + "]";
            CaseNote note = caseNotes
                    .find(item.caseNote())
                    .filter(n -> n.family().equals(family))
                    .orElseThrow(() -> new RuleViolationException(
                            field + ".caseNoteId",
                            "not-in-family",
                            "Case note " + item.caseNote() + " is not one of this family's."));
            CaseNoteVersion version = note.version(item.version())
                    .orElseThrow(() -> new RuleViolationException(
                            field + ".version",
                            "unknown-version",
                            "Case note " + item.caseNote() + " has no version " + item.version() + "."));
            access.require(
                    permit.actor(),
                    new Need.SeeRecord(note.held(version), Capability.READ_CASE_NOTES),
                    family,
                    RecordType.CASE_NOTE,
                    note.id().value());
            if (!proposal.subjects().containsAll(version.about())) {
                throw new RuleViolationException(
                        field + ".caseNoteId",
                        "not-about-subjects",
                        "Case note " + item.caseNote() + " is about people this share is not about: name them as"
                                + " subjects, or share another note.");
            }
            items.add(item.asWritten(version.kind(), version.category()));
        }
        try {
            return proposal.carrying(items);
        } catch (InvalidValueException e) {
            // A note's own category, not the caller's value: a rule of this share, not a bad field.
            throw new RuleViolationException(e.field(), e.rule(), e.getMessage());
        }
    }

    /**
     * The coverage answer of each subject for the proposal's purpose, recipient and categories on {@code
     * day}, read with the family's members in one query. Only the subjects the actor sees are asked
     * about, and a subject who is not a member, or whom the actor does not see, is refused.
     */
    private Map<PersonId, CoverageAnswer> coverage(
            Permit permit, FamilyId familyId, ShareProposal proposal, LocalDate day) {
        Set<PersonId> seen = new HashSet<>();
        proposal.subjects().stream().filter(permit::sees).forEach(seen::add);
        CoverageAnswers.InFamily coverage = coverageAnswers.inFamily(
                familyId,
                seen,
                day,
                subject -> new CoverageQuestion(
                        subject, proposal.purpose(), proposal.recipient(), proposal.categories(), day));
        for (PersonId subject : proposal.subjects()) {
            if (!coverage.answers().containsKey(subject)) {
                throw new RuleViolationException(
                        "subjectIds", "not-a-member", "Person " + subject + " is not a member of this family you see.");
            }
        }
        PersonId member = proposal.recipient().familyMember();
        if (member != null && !coverage.members().contains(member)) {
            throw new RuleViolationException(
                    "recipient.personId", "not-a-member", "Person " + member + " is not a member of this family.");
        }
        OrganisationId recipient = proposal.recipient().organisation();
        if (recipient != null && !organisations.knows(recipient)) {
            throw new RuleViolationException(
                    "recipient.organisation",
                    "unknown-organisation",
                    "Organisation " + recipient + " is not in Cradle's directory of organisations"
                            + " (GET /api/v1/organisations); an administrator can add it.");
        }
        return coverage.answers();
    }

    /** One fact per subject: whose information the proposal or decision was about. */
    void handOver(Permit permit, AuditAction action, ShareProposal proposal, UUID decision) {
        permit.handOver(proposal.subjects().stream()
                .map(subject -> Fact.of(
                                action,
                                decision == null ? RecordType.PERSON : RecordType.SHARING_DECISION,
                                decision == null ? subject.value() : decision)
                        .about(subject, InformationCategory.BASIC_DETAILS))
                .toList());
    }
}
