package org.cradle.adapters.rest.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.episode.AllegationOutcome;
import org.cradle.domain.episode.ClosureCorrection;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodePeriod;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.organisation.OrganisationId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the episode endpoints. */
public final class EpisodeMessages {

    private EpisodeMessages() {}

    @Schema(name = "OpenEpisodeRequest", description = "A new piece of work with the family, for your organisation.")
    public record OpenEpisodeRequest(
            @Schema(required = true, example = "PARENT_INFANT_MENTAL_HEALTH") ServiceType serviceType,
            @Schema(
                            required = true,
                            maxLength = PractitionerRef.MAX_LENGTH,
                            description = "The lead practitioner, as your identity provider names them.",
                            example = "j.mensah")
                    String leadPractitioner,
            @Schema(required = true, description = "Not in the future.", example = "2026-09-01") LocalDate openedOn) {}

    @Schema(name = "CloseEpisodeRequest", description = "Closes the work, from the version you read.")
    public record CloseEpisodeRequest(
            @Schema(
                            required = true,
                            description = "Not before the episode was (re)opened, not in the future. A day in the"
                                    + " past is the day the work stopped, recorded late.",
                            example = "2026-11-20")
                    LocalDate closedOn,
            @Schema(nullable = true, maxLength = Episode.MAX_REASON_LENGTH, example = "Goals of the plan met")
                    String reason,
            @Schema(required = true, example = "0", minimum = ContractBounds.NONE, maximum = ContractBounds.MOST_LONG)
                    Long version,
            @Schema(
                            nullable = true,
                            description = "For an ALLEGATION episode only (422 not-an-allegation otherwise): how the"
                                    + " allegation was concluded. Its close is its conclusion, and a MALICIOUS"
                                    + " finding makes its record due for destruction at once; without an outcome"
                                    + " the allegation rule's longer date applies.")
                    OutcomeBody outcome) {}

    @Schema(
            name = "AllegationOutcomeRequest",
            description = "How an allegation against an adult who works with children was concluded: the finding,"
                    + " who made it and why (Keeping children safe in education, part four).")
    public record OutcomeBody(
            @Schema(
                            required = true,
                            description = "SUBSTANTIATED (sufficient evidence to prove it), UNSUBSTANTIATED"
                                    + " (insufficient evidence either way), UNFOUNDED (no evidence or proper basis),"
                                    + " FALSE (sufficient evidence to disprove it) or MALICIOUS (sufficient evidence"
                                    + " to disprove it and of a deliberate act to deceive).",
                            example = "UNSUBSTANTIATED")
                    AllegationOutcome.Finding finding,
            @Schema(
                            required = true,
                            maxLength = AllegationOutcome.MAX_FOUND_BY_LENGTH,
                            description = "Who made the finding.",
                            example = "Designated officer (LADO), case conclusion meeting")
                    String foundBy,
            @Schema(
                            required = true,
                            maxLength = AllegationOutcome.MAX_REASON_LENGTH,
                            description = "Why: what the finding rests on.",
                            example = "Two witnesses contradict the account; no other evidence either way.")
                    String reason) {

        /** The statement the body makes, every refusal collected under {@code prefix}; null when refused. */
        AllegationOutcome.Statement read(Fields fields, String prefix) {
            fields.required(prefix + "finding", finding);
            String by = fields.value(
                    prefix, () -> Text.required("foundBy", foundBy, AllegationOutcome.MAX_FOUND_BY_LENGTH));
            String why = fields.value(
                    prefix, () -> Text.requiredParagraphs("reason", reason, AllegationOutcome.MAX_REASON_LENGTH));
            return finding == null || by == null || why == null
                    ? null
                    : new AllegationOutcome.Statement(finding, by, why);
        }
    }

    @Schema(name = "AllegationOutcome", description = "How an allegation was concluded, and who recorded it.")
    public record OutcomeView(
            @Schema(example = "UNSUBSTANTIATED") AllegationOutcome.Finding finding,
            @Schema(
                            example = "Designated officer (LADO), case conclusion meeting",
                            maxLength = AllegationOutcome.MAX_FOUND_BY_LENGTH)
                    String foundBy,
            @Schema(
                            example = "Two witnesses contradict the account; no other evidence either way.",
                            maxLength = AllegationOutcome.MAX_REASON_LENGTH)
                    String reason,
            @Schema(
                            description = "Who recorded it in Cradle.",
                            example = "j.mensah",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String recordedBy,
            Instant recordedAt) {

        static OutcomeView of(AllegationOutcome outcome) {
            return outcome == null
                    ? null
                    : new OutcomeView(
                            outcome.finding(),
                            outcome.foundBy(),
                            outcome.reason(),
                            outcome.recordedBy(),
                            outcome.recordedAt());
        }
    }

    @Schema(
            name = "ClosureCorrectionRequest",
            description = "Corrects the episode's recorded close after the fact, from the version you read: the day"
                    + " the work really stopped, or an allegation's real outcome, or both, with the reason. The"
                    + " correction is kept in the episode's history with what it replaced.")
    public record ClosureCorrectionRequest(
            @Schema(
                            nullable = true,
                            description = "The day the work really stopped: in the past on purpose (a close recorded"
                                    + " on the wrong day), not before the period opened, not in the future. Absent"
                                    + " to leave it.",
                            example = "2024-11-20")
                    LocalDate closedOn,
            @Schema(
                            nullable = true,
                            description = "For an ALLEGATION episode only: the outcome it was really concluded with."
                                    + " Absent to leave it.")
                    OutcomeBody outcome,
            @Schema(
                            required = true,
                            maxLength = ClosureCorrection.MAX_REASON_LENGTH,
                            description = "Why the close is corrected.",
                            example = "The child died on 20 November 2024; the close was recorded on the wrong day.")
                    String reason,
            @Schema(required = true, example = "1", minimum = ContractBounds.NONE, maximum = ContractBounds.MOST_LONG)
                    Long version) {}

    @Schema(name = "ClosureCorrection", description = "A recorded close corrected after the fact.")
    public record ClosureCorrectionView(
            @Schema(
                            description = "The period whose close was corrected, counted from 0.",
                            example = "0",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_INT)
                    int period,
            @Schema(description = "The close date it replaced.", example = "2026-11-30") LocalDate closedOnBefore,
            @Schema(description = "The close date it recorded.", example = "2024-11-20") LocalDate closedOn,
            @Schema(
                            nullable = true,
                            description = "The allegation's outcome it replaced, when it corrected the outcome (absent"
                                    + " too when none had been recorded).")
                    OutcomeView outcomeBefore,
            @Schema(nullable = true, description = "The outcome it recorded, when it corrected the outcome.")
                    OutcomeView outcome,
            @Schema(
                            example = "The child died on 20 November 2024; the close was recorded on the wrong day.",
                            maxLength = ClosureCorrection.MAX_REASON_LENGTH)
                    String reason,
            @Schema(example = "j.mensah", maxLength = Actor.MAX_SUBJECT_LENGTH) String correctedBy,
            Instant correctedAt) {

        static ClosureCorrectionView of(ClosureCorrection correction) {
            return new ClosureCorrectionView(
                    correction.period(),
                    correction.closedOnBefore(),
                    correction.closedOn(),
                    OutcomeView.of(correction.outcomeBefore()),
                    OutcomeView.of(correction.outcome()),
                    correction.reason(),
                    correction.correctedBy(),
                    correction.correctedAt());
        }
    }

    @Schema(name = "ReopenEpisodeRequest", description = "Takes up closed work again, from the version you read.")
    public record ReopenEpisodeRequest(
            @Schema(required = true, description = "Not before the episode was last closed.", example = "2026-11-21")
                    LocalDate reopenedOn,
            @Schema(required = true, example = "1", minimum = ContractBounds.NONE, maximum = ContractBounds.MOST_LONG)
                    Long version) {}

    @Schema(name = "Episode", description = "A piece of work by one service with a family, with its history.")
    public record EpisodeView(
            @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID id,
            @Schema(example = "0b6f7a7e-6d1c-4c1e-9a53-2f8e6f1f2c11") UUID familyId,
            @Schema(example = "PARENT_INFANT_MENTAL_HEALTH") ServiceType serviceType,
            @Schema(
                            description = "The organisation doing the work.",
                            example = "RX1",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(example = "j.mensah", maxLength = PractitionerRef.MAX_LENGTH) String leadPractitioner,
            @Schema(
                            enumeration = {"OPEN", "CLOSED"},
                            example = "OPEN")
                    String status,
            @Schema(description = "When the work first started.", example = "2026-09-01") LocalDate openedOn,
            @Schema(nullable = true, description = "When the work stopped, while closed.") LocalDate closedOn,
            @Schema(description = "Every period from (re)opening to closing, oldest first.") List<PeriodView> periods,
            @Schema(description = "The corrections made to its closes after the fact, oldest first.")
                    List<ClosureCorrectionView> corrections,
            Instant createdAt,
            @Schema(
                            description = "Send this back when you close or reopen the episode.",
                            example = "0",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long version) {

        static EpisodeView of(Episode episode) {
            return new EpisodeView(
                    episode.id().value(),
                    episode.family().value(),
                    episode.serviceType(),
                    episode.organisation().value(),
                    episode.leadPractitioner().value(),
                    episode.isOpen() ? "OPEN" : "CLOSED",
                    episode.openedOn(),
                    episode.closedOn().orElse(null),
                    episode.periods().stream().map(PeriodView::of).toList(),
                    episode.corrections().stream()
                            .map(ClosureCorrectionView::of)
                            .toList(),
                    episode.createdAt(),
                    episode.version());
        }
    }

    @Schema(name = "EpisodePeriod", description = "One stretch of the work.")
    public record PeriodView(
            @Schema(example = "2026-09-01") LocalDate openedOn,
            @Schema(nullable = true, example = "2026-11-20") LocalDate closedOn,
            @Schema(nullable = true, example = "Goals of the plan met", maxLength = Episode.MAX_REASON_LENGTH)
                    String closeReason,
            @Schema(nullable = true, description = "An allegation's outcome, recorded on this close.")
                    OutcomeView outcome) {

        static PeriodView of(EpisodePeriod period) {
            return new PeriodView(
                    period.openedOn(), period.closedOn(), period.closeReason(), OutcomeView.of(period.outcome()));
        }
    }
}
