package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.access.Need;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageQuestion;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;

/**
 * Is sharing this covered by consent? The hot path of every sharing decision: one query fetches the
 * subject's versions in force that day with the teams around their families, the domain answers.
 */
@ApplicationScoped
public class AnswerCoverageQuestion {

    private final CoverageAnswers coverage;
    private final Access access;
    private final Families families;
    private final AuditTrail auditTrail;

    public AnswerCoverageQuestion(CoverageAnswers coverage, Access access, Families families, AuditTrail auditTrail) {
        this.coverage = coverage;
        this.families = families;
        this.access = access;
        this.auditTrail = auditTrail;
    }

    @Transactional
    public CoverageAnswer answer(Actor actor, CoverageQuestion question) {
        Permit permit = access.requireForPerson(
                actor, p -> new Need.SeePerson(p, Capability.READ_CONSENTS), question.subject());
        requireRelative(question);
        CoverageAnswer answer = coverage.answer(question);
        auditTrail.record(permit.event(
                AuditAction.CONSENT_COVERAGE_CHECKED,
                RecordType.PERSON,
                question.subject().value(),
                question.subject(),
                InformationCategory.BASIC_DETAILS));
        return answer;
    }

    /**
     * A family member as recipient must share a family with the subject: consents can only name
     * members of the subject's family, so a question about anyone else has no answer to give.
     */
    private void requireRelative(CoverageQuestion question) {
        if (question.recipient().familyMember() == null) {
            return;
        }
        List<FamilyId> shared = families.familiesOf(question.recipient().familyMember());
        if (families.familiesOf(question.subject()).stream().noneMatch(shared::contains)) {
            throw new RuleViolationException(
                    "recipient.personId",
                    "unknown-recipient",
                    "Person " + question.recipient().familyMember() + " is not a member of the subject's families.");
        }
    }
}
