package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.family.Families;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
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

    public AnswerCoverageQuestion(CoverageAnswers coverage, Access access, Families families) {
        this.coverage = coverage;
        this.families = families;
        this.access = access;
    }

    @Transactional
    public CoverageAnswer answer(Actor actor, CoverageQuestion question) {
        Permit permit = access.requireForPerson(
                actor, p -> new Need.SeePerson(p, Capability.READ_CONSENTS), question.subject());
        requireRelative(question);
        CoverageAnswer answer = coverage.answer(question);
        permit.handOver(Fact.of(
                        AuditAction.CONSENT_COVERAGE_CHECKED,
                        RecordType.PERSON,
                        question.subject().value())
                .about(question.subject(), InformationCategory.BASIC_DETAILS));
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
