package org.cradle.domain.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cradle.domain.ConflictException;
import org.cradle.domain.Dates;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.ReferralId;

/**
 * A decision to share or not to share, as recorded when it was made; never edited. A correction is a
 * new decision that names the one it corrects.
 *
 * @param advice the flowchart's answer when the decision was made: its outcome, path and the consent
 *     versions relied on
 * @param note the decider's own words, beyond the flowchart's reasons
 * @param subjectsTold whether the people it is about were told; when not, {@code notToldReason} says why
 *     (telling would create or increase a risk of harm)
 * @param referral the referral this decision made, when the share is a referral; {@code null} otherwise
 */
public record SharingDecision(
        SharingDecisionId id,
        FamilyId family,
        OrganisationId organisation,
        String decidedBy,
        ActorKind decidedByKind,
        ShareProposal proposal,
        SharingChoice choice,
        SharingAdvice advice,
        String note,
        Urgency urgency,
        boolean subjectsTold,
        String notToldReason,
        List<Consultation> consulted,
        SharingDecisionId corrects,
        ReferralId referral,
        Instant decidedAt) {

    public static final int MAX_TEXT = 4000;

    public SharingDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedByKind, "decidedByKind");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(urgency, "urgency");
        consulted = List.copyOf(consulted);
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /**
     * Records what {@code decider} decided on the flowchart's {@code advice}. A decision to share must be
     * one the flowchart allows: a share without consent that is not made out is refused naming what it
     * lacks, and nothing is recorded. A decision not to share is always recordable, with its reasons.
     * When a share goes ahead without telling the people it is about, the reason must be given.
     */
    public static SharingDecision decide(
            SharingDecisionId id,
            FamilyId family,
            Actor decider,
            ShareProposal proposal,
            SharingChoice choice,
            SharingAdvice advice,
            String note,
            Urgency urgency,
            Boolean subjectsTold,
            String notToldReason,
            List<Consultation> consulted,
            SharingDecisionId corrects,
            ReferralId referral,
            Instant at) {
        if (choice == null) {
            throw new RuleViolationException("decision", "required", "decision is required: SHARE or DO_NOT_SHARE.");
        }
        if (choice == SharingChoice.SHARE && !advice.outcome().shares()) {
            if (!advice.lacking().isEmpty()) {
                SharingAdvice.Lack first = advice.lacking().get(0);
                throw new RuleViolationException(
                        first.field(),
                        first.rule(),
                        advice.lacking().stream()
                                .map(SharingAdvice.Lack::message)
                                .collect(Collectors.joining(" ")));
            }
            throw new RuleViolationException(
                    "decision",
                    "not-lawful",
                    "The flowchart ends in do not share: "
                            + advice.decidingStep().reason());
        }
        boolean told = subjectsTold == null || subjectsTold;
        String whyNot = Text.optional("notToldReason", notToldReason, MAX_TEXT);
        if (choice == SharingChoice.SHARE && !told && whyNot == null) {
            throw new RuleViolationException(
                    "notToldReason",
                    "required",
                    "Say why the people this is about are not told that it was shared (telling would create or"
                            + " increase a risk of harm).");
        }
        return new SharingDecision(
                id,
                family,
                decider.organisation(),
                decider.subject(),
                decider.kind(),
                proposal,
                choice,
                advice,
                Text.optional("note", note, MAX_TEXT),
                urgency == null ? Urgency.ROUTINE : urgency,
                told,
                told ? null : whyNot,
                consulted == null ? List.of() : consulted,
                corrects,
                referral,
                at);
    }

    /**
     * Records that {@code person} was told of this share on {@code toldOn}. Only a share whose subjects
     * were not told at the time has anyone still to tell; the date lies between the decision and today,
     * and a person is told once ({@code alreadyTold}).
     */
    public Telling tell(
            PersonId person, LocalDate toldOn, String how, boolean alreadyTold, Actor by, LocalDate today, Instant at) {
        if (person == null) {
            throw new InvalidValueException("personId", "required", "personId is required.");
        }
        if (toldOn == null) {
            throw new InvalidValueException("toldOn", "required", "toldOn is required.");
        }
        Dates.within("toldOn", toldOn);
        if (!proposal.subjects().contains(person)) {
            throw new RuleViolationException(
                    "personId", "not-a-subject", "Person " + person + " is not one this decision is about.");
        }
        if (!shared() || subjectsTold) {
            throw new ConflictException(
                    "nobody-to-tell",
                    "Nobody is waiting to be told of this decision: it "
                            + (shared() ? "was shared with the people it is about told." : "shared nothing."));
        }
        if (alreadyTold) {
            throw new ConflictException(
                    "already-told", "Person " + person + " has already been told of this decision.");
        }
        if (toldOn.isAfter(today) || toldOn.isBefore(LocalDate.ofInstant(decidedAt, ZoneOffset.UTC))) {
            throw new InvalidValueException(
                    "toldOn", "not-in-range", "toldOn must lie between the day of the decision and today.");
        }
        return new Telling(id, person, toldOn, Text.optional("how", how, Telling.MAX_HOW), by.subject(), at);
    }

    /**
     * Whether the organisation may read the decision: the one that made it, and the recipient of what it
     * shared. A decision not to share is never shown to the one it withheld from: it would tell them who
     * it was about, and that there was something to withhold.
     */
    public boolean isVisibleTo(OrganisationId other) {
        return organisation.equals(other)
                || (shared() && other.equals(proposal.recipient().organisation()));
    }

    /** Whether information went: the decision was to share. */
    public boolean shared() {
        return choice == SharingChoice.SHARE;
    }
}
