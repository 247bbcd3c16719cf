package org.cradle.application.consent;

import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cradle.domain.consent.ConsentCoverage;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageQuestion;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

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

    /** A family's members, and the answers to one question asked of each of several of them. */
    public record InFamily(Set<PersonId> members, Map<PersonId, CoverageAnswer> answers) {
        public InFamily {
            members = Set.copyOf(members);
            answers = Map.copyOf(answers);
        }
    }

    /**
     * The question asked of each subject who is a member of the family, with the family's members (so
     * that the asker can refuse a subject who is not one): one query for both. A subject outside the
     * family gets no answer, and their consents are not read.
     */
    public InFamily inFamily(
            FamilyId family, Set<PersonId> subjects, LocalDate day, Function<PersonId, CoverageQuestion> question) {
        Map<PersonId, List<ConsentInForce>> members = consents.membersWithConsentsInForce(family, subjects, day);
        Map<PersonId, CoverageAnswer> answers = new HashMap<>();
        for (PersonId subject : subjects) {
            if (members.containsKey(subject)) {
                answers.put(subject, ConsentCoverage.answer(question.apply(subject), members.get(subject)));
            }
        }
        return new InFamily(members.keySet(), answers);
    }
}
