package org.cradle.application.consent;

import jakarta.enterprise.context.Dependent;
import org.cradle.domain.consent.ConsentCoverage;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageQuestion;

/**
 * The one place a coverage question is answered: the subject's consent versions in force on the day,
 * with the teams around their families, read in one query, and {@link ConsentCoverage} (the domain)
 * answering from them. Checks no access and audits nothing: the use case asking does both.
 *
 * <p>Not a use case but a step use cases share (the coverage question itself, making and accepting a
 * referral), hence not application-scoped like them.
 */
@Dependent
public class CoverageAnswers {

    private final Consents consents;

    public CoverageAnswers(Consents consents) {
        this.consents = consents;
    }

    public CoverageAnswer answer(CoverageQuestion question) {
        return ConsentCoverage.answer(question, consents.inForce(question.subject(), question.on()));
    }
}
