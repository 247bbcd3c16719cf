package org.cradle.application.referral;

import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.cradle.application.consent.CoverageAnswers;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.consent.Coverage;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageQuestion;
import org.cradle.domain.consent.Party;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.Referral;

/**
 * A referral rests on consent: for each person it names, the coverage question (this purpose, the
 * receiving organisation, every category named, on the day) must answer {@code COVERED}. Asked when
 * the referral is made and again when it is accepted, since that is when the information goes.
 */
@Dependent
public class ReferralConsent {

    private final CoverageAnswers coverage;

    public ReferralConsent(CoverageAnswers coverage) {
        this.coverage = coverage;
    }

    /** Refuses with {@code not-covered}, naming the first person ({@code people[i]}) consent does not cover. */
    public void requireCovered(Referral referral, LocalDate on) {
        Party recipient = Party.organisation(referral.to(), null, null);
        for (int i = 0; i < referral.people().size(); i++) {
            PersonId person = referral.people().get(i);
            CoverageAnswer answer = coverage.answer(
                    new CoverageQuestion(person, referral.purpose(), recipient, referral.categories(), on));
            if (answer.coverage() != Coverage.COVERED) {
                String uncovered = answer.categories().stream()
                        .filter(category -> category.coverage() != Coverage.COVERED)
                        .map(category -> category.category() + " is " + category.coverage())
                        .collect(Collectors.joining(", "));
                throw new RuleViolationException(
                        "people[" + i + "]",
                        "not-covered",
                        "Consent does not cover referring person " + person + " to " + referral.to() + " for "
                                + referral.purpose() + " on " + on + ": " + uncovered + ".");
            }
        }
    }
}
