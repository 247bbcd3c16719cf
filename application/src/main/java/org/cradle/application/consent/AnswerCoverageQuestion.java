package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.application.family.FamilyWork;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.ConsentCoverage;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageQuestion;
import org.cradle.domain.family.FamilyId;

/**
 * Is sharing this covered by consent? The hot path of every sharing decision: one query fetches the
 * subject's versions in force that day with the teams around their families, the domain answers.
 */
@ApplicationScoped
public class AnswerCoverageQuestion {

    private final Consents consents;
    private final FamilyWork familyWork;
    private final Families families;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public AnswerCoverageQuestion(
            Consents consents, FamilyWork familyWork, Families families, AuditTrail auditTrail, Clock clock) {
        this.consents = consents;
        this.families = families;
        this.familyWork = familyWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public CoverageAnswer answer(Actor actor, CoverageQuestion question) {
        familyWork.requireForPerson(actor, Capability.READ_CONSENTS, question.subject(), FamilyWork.Need.READ);
        requireRelative(question);
        CoverageAnswer answer = ConsentCoverage.answer(question, consents.inForce(question.subject(), question.on()));
        auditTrail.record(
                actor,
                AuditAction.CONSENT_COVERAGE_CHECKED,
                RecordType.PERSON,
                question.subject().value(),
                null,
                clock.instant());
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
