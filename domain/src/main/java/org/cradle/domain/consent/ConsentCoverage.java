package org.cradle.domain.consent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.cradle.domain.consent.CoverageAnswer.CategoryAnswer;
import org.cradle.domain.consent.CoverageAnswer.VersionRef;

/**
 * Answers a coverage question from the subject's consent versions in force on the day. Pure: the
 * caller fetches those versions (with the team around each family) in one query.
 *
 * <p>For each category, in this order: an exclusion of the recipient by any consent in force refuses;
 * a refusal covering it refuses (a refusal is respected over a consent saying otherwise, until it is
 * reviewed); a given, unexpired consent covering it covers; else a withdrawn one makes it withdrawn,
 * an expired one expired, and nothing at all not asked.
 */
public final class ConsentCoverage {

    private static final List<Coverage> MOST_RESTRICTIVE_FIRST =
            List.of(Coverage.REFUSED, Coverage.WITHDRAWN, Coverage.EXPIRED, Coverage.NOT_ASKED);

    private ConsentCoverage() {}

    public static CoverageAnswer answer(CoverageQuestion question, List<ConsentInForce> inForce) {
        for (ConsentInForce consent : inForce) {
            if (consent.version().effectiveFrom().isAfter(question.on())) {
                throw new IllegalArgumentException(
                        "version " + consent.version().number() + " of " + consent.consent() + " is not in force on "
                                + question.on());
            }
        }
        List<CategoryAnswer> answers = new ArrayList<>();
        question.categories().stream().sorted().forEach(category -> answers.add(answer(question, category, inForce)));
        for (Coverage restrictive : MOST_RESTRICTIVE_FIRST) {
            Optional<CategoryAnswer> deciding = answers.stream()
                    .filter(answer -> answer.coverage() == restrictive)
                    .findFirst();
            if (deciding.isPresent()) {
                return new CoverageAnswer(restrictive, deciding.get().basis(), answers);
            }
        }
        return new CoverageAnswer(Coverage.COVERED, answers.get(0).basis(), answers);
    }

    private static CategoryAnswer answer(
            CoverageQuestion question, InformationCategory category, List<ConsentInForce> inForce) {
        Optional<ConsentInForce> exclusion = latest(
                inForce,
                consent -> !consent.version().isWithdrawal()
                        && consent.version().terms().exclude(question.recipient()));
        if (exclusion.isPresent()) {
            return new CategoryAnswer(category, Coverage.REFUSED, exclusion.map(ConsentCoverage::ref), true);
        }
        List<ConsentInForce> speaking = inForce.stream()
                .filter(consent -> consent.version()
                        .terms()
                        .cover(question.purpose(), question.recipient(), category, consent.team()))
                .toList();
        for (Coverage outcome : List.of(Coverage.REFUSED, Coverage.COVERED, Coverage.WITHDRAWN, Coverage.EXPIRED)) {
            Optional<ConsentInForce> basis = latest(speaking, consent -> coverageOf(consent, question) == outcome);
            if (basis.isPresent()) {
                return new CategoryAnswer(category, outcome, basis.map(ConsentCoverage::ref), false);
            }
        }
        return new CategoryAnswer(category, Coverage.NOT_ASKED, Optional.empty(), false);
    }

    private static Coverage coverageOf(ConsentInForce consent, CoverageQuestion question) {
        return switch (consent.version().statusOn(question.on())) {
            case GIVEN -> Coverage.COVERED;
            case REFUSED -> Coverage.REFUSED;
            case WITHDRAWN -> Coverage.WITHDRAWN;
            case EXPIRED -> Coverage.EXPIRED;
        };
    }

    /** The most recently effective (then most recently recorded) of the consents that match. */
    private static Optional<ConsentInForce> latest(List<ConsentInForce> consents, Predicate<ConsentInForce> matching) {
        return consents.stream()
                .filter(matching)
                .max(Comparator.comparing(
                                (ConsentInForce consent) -> consent.version().effectiveFrom())
                        .thenComparing(consent -> consent.version().recordedAt()));
    }

    private static VersionRef ref(ConsentInForce consent) {
        return new VersionRef(consent.consent(), consent.version().number());
    }
}
