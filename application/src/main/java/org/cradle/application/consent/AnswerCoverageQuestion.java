package org.cradle.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.access.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.ConsentCoverage;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageQuestion;

/**
 * Is sharing this covered by consent? The hot path of every sharing decision: one query fetches the
 * subject's versions in force that day with the teams around their families, the domain answers.
 */
@ApplicationScoped
public class AnswerCoverageQuestion {

    private final Consents consents;
    private final SubjectAccess subjectAccess;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public AnswerCoverageQuestion(Consents consents, SubjectAccess subjectAccess, AuditTrail auditTrail, Clock clock) {
        this.consents = consents;
        this.subjectAccess = subjectAccess;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public CoverageAnswer answer(Actor actor, CoverageQuestion question) {
        subjectAccess.requireReadable(actor, question.subject());
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
}
