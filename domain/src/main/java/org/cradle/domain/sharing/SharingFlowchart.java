package org.cradle.domain.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.Coverage;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageAnswer.CategoryAnswer;
import org.cradle.domain.consent.CoverageAnswer.VersionRef;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.SharingAdvice.Lack;

/**
 * "When and how to share information" (seed 003, section 5) as a pure function: it walks the
 * flowchart for a proposed share and returns the path it took, with the reason at each step.
 *
 * <ol>
 *   <li>Is there a clear and legitimate purpose? No: do not share.
 *   <li>Does the information identify a person? No: share (anonymised or aggregated).
 *   <li>Is it confidential? No: share.
 *   <li>Does consent cover it, for every subject, purpose, recipient and category? Yes: share, citing
 *       each consent version relied on. Nothing about a person goes to a family member their consent
 *       excludes: the walk stops there, whatever follows.
 *   <li>Is there another lawful reason? Yes, with a written rationale, a proportionality statement and
 *       a decider with safeguarding competence (a safeguarding lead or a Caldicott guardian): share
 *       without consent, the path saying which refusal or withdrawal it overrides. No: do not share.
 * </ol>
 *
 * <p>The decider must hold the competence when deciding: a practitioner's share countersigned later
 * would let the information go before anyone competent saw the case (ADR 15).
 */
public final class SharingFlowchart {

    private SharingFlowchart() {}

    /**
     * @param coverage the coverage answer for each subject: the proposal's purpose, recipient and
     *     categories, on the day of the decision
     * @param decider who decides
     */
    public static SharingAdvice walk(ShareProposal proposal, Map<PersonId, CoverageAnswer> coverage, Actor decider) {
        List<Step> path = new ArrayList<>();
        if (proposal.purposeStatement() == null) {
            path.add(new Step(
                    FlowchartQuestion.PURPOSE,
                    false,
                    "No purpose is stated: without a clear and legitimate purpose, do not share."));
            return advice(SharingOutcome.DO_NOT_SHARE, path);
        }
        path.add(new Step(
                FlowchartQuestion.PURPOSE,
                true,
                "Stated, for " + proposal.purpose() + ": " + proposal.purposeStatement()));
        if (!proposal.identifying()) {
            path.add(new Step(
                    FlowchartQuestion.IDENTIFIES,
                    false,
                    "The information is anonymised or aggregated and identifies no one: it may be shared."));
            return advice(SharingOutcome.SHARE, path);
        }
        path.add(new Step(FlowchartQuestion.IDENTIFIES, true, "The information identifies the people it is about."));
        if (!proposal.confidential()) {
            path.add(new Step(
                    FlowchartQuestion.CONFIDENTIAL, false, "The information is not confidential: it may be shared."));
            return advice(SharingOutcome.SHARE, path);
        }
        path.add(new Step(FlowchartQuestion.CONFIDENTIAL, true, "The information is confidential."));

        List<String> excluding = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        List<VersionRef> reliedOn = new ArrayList<>();
        for (PersonId subject : proposal.subjects().stream()
                .sorted(java.util.Comparator.comparing(PersonId::toString))
                .toList()) {
            CoverageAnswer answer = coverage.get(subject);
            if (answer == null) {
                uncovered.add(subject + ": no consent speaks to it");
                continue;
            }
            for (CategoryAnswer category : answer.categories()) {
                if (category.excludedRecipient()) {
                    excluding.add(subject.toString());
                } else if (category.coverage() == Coverage.COVERED) {
                    category.basis().filter(v -> !reliedOn.contains(v)).ifPresent(reliedOn::add);
                } else {
                    uncovered.add(subject + ": " + category.category() + " " + describe(category.coverage()));
                }
            }
        }
        if (!excluding.isEmpty()) {
            path.add(new Step(
                    FlowchartQuestion.CONSENT,
                    false,
                    "The consent of " + String.join(", ", distinct(excluding))
                            + " excludes this family member from seeing or being told anything about them:"
                            + " nothing about them is shared to them, on any basis."));
            return advice(SharingOutcome.DO_NOT_SHARE, path);
        }
        if (uncovered.isEmpty()) {
            path.add(new Step(
                    FlowchartQuestion.CONSENT,
                    true,
                    "Consent covers every subject and category, relying on "
                            + reliedOn.stream()
                                    .map(v -> "consent " + v.consent() + " version " + v.version())
                                    .collect(Collectors.joining(", "))
                            + "."));
            return new SharingAdvice(SharingOutcome.SHARE, path, reliedOn, List.of());
        }
        path.add(new Step(
                FlowchartQuestion.CONSENT, false, "Consent does not cover it: " + String.join("; ", uncovered) + "."));
        return lawfulBasis(proposal, decider, path, uncovered);
    }

    private static SharingAdvice lawfulBasis(
            ShareProposal proposal, Actor decider, List<Step> path, List<String> uncovered) {
        WithoutConsent without = proposal.withoutConsent();
        if (without == null) {
            path.add(new Step(
                    FlowchartQuestion.LAWFUL_BASIS,
                    false,
                    "No other lawful reason is given: do not share. The wishes of those who have not consented"
                            + " are respected."));
            return advice(SharingOutcome.DO_NOT_SHARE, path);
        }
        List<Lack> lacking = new ArrayList<>();
        if (without.rationale() == null) {
            lacking.add(new Lack(
                    "withoutConsent.rationale",
                    "required",
                    "Sharing without consent needs a written rationale: why the basis applies here."));
        }
        if (without.proportionality() == null) {
            lacking.add(new Lack(
                    "withoutConsent.proportionality",
                    "required",
                    "Sharing without consent needs a proportionality statement: why this much information and no"
                            + " less."));
        }
        if (!competent(decider)) {
            lacking.add(new Lack(
                    "decider",
                    "safeguarding-competence",
                    "Sharing without consent is decided by a safeguarding lead or a Caldicott guardian."));
        }
        if (!lacking.isEmpty()) {
            path.add(new Step(
                    FlowchartQuestion.LAWFUL_BASIS,
                    false,
                    without.basis() + " is given but not made out: "
                            + lacking.stream().map(Lack::message).collect(Collectors.joining(" "))));
            return new SharingAdvice(SharingOutcome.DO_NOT_SHARE, path, List.of(), lacking);
        }
        path.add(new Step(
                FlowchartQuestion.LAWFUL_BASIS,
                true,
                without.basis() + ", decided by " + decider.subject() + ": " + without.rationale()
                        + " Proportionality: " + without.proportionality() + " This overrides: "
                        + String.join("; ", uncovered) + "."));
        return new SharingAdvice(SharingOutcome.SHARE_WITHOUT_CONSENT, path, List.of(), List.of());
    }

    /** Safeguarding competence, as the procedure asks of a decision to share without consent. */
    public static boolean competent(Actor decider) {
        return decider.holds(Role.SAFEGUARDING_LEAD) || decider.holds(Role.CALDICOTT_GUARDIAN);
    }

    private static String describe(Coverage coverage) {
        switch (coverage) {
            case REFUSED:
                return "refused";
            case WITHDRAWN:
                return "withdrawn";
            case EXPIRED:
                return "past its review date";
            default:
                return "not asked";
        }
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }

    private static SharingAdvice advice(SharingOutcome outcome, List<Step> path) {
        return new SharingAdvice(outcome, path, List.of(), List.of());
    }
}
