package org.cradle.adapters.rest.breakglass;

import java.time.Instant;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.application.breakglass.BreakGlassUse;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassReview;
import org.cradle.domain.breakglass.ReviewOutcome;
import org.cradle.domain.organisation.OrganisationId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the break-glass endpoints. */
public final class BreakGlassMessages {

    private BreakGlassMessages() {}

    @Schema(
            name = "BreakGlassRequest",
            description = "Why you must see this family now, outside what your organisation's work with it lets you"
                    + " see. Your reviewers read it.")
    public record BreakGlassRequest(
            @Schema(
                            required = true,
                            maxLength = BreakGlassAccess.MAX_TEXT_LENGTH,
                            description = "The reason; it may run to a few paragraphs.",
                            example = "Out-of-hours call from A&E: the mother is admitted and the baby's carer is"
                                    + " unknown.")
                    String reason) {}

    @Schema(
            name = "BreakGlassReviewRequest",
            description = "Your review of a break-glass access, from the version you read. Recorded once.")
    public record ReviewRequest(
            @Schema(required = true, example = "0", minimum = ContractBounds.NONE, maximum = ContractBounds.MOST_LONG)
                    Long version,
            @Schema(required = true, example = "APPROPRIATE") ReviewOutcome outcome,
            @Schema(
                            required = true,
                            maxLength = BreakGlassAccess.MAX_TEXT_LENGTH,
                            description = "Why, and what follows from it.",
                            example = "Urgent and proportionate: the child's safety depended on it.")
                    String note) {}

    @Schema(name = "BreakGlassReview", description = "What the reviewer found.")
    public record ReviewView(
            @Schema(example = "APPROPRIATE") ReviewOutcome outcome,
            @Schema(
                            example = "Urgent and proportionate: the child's safety depended on it.",
                            maxLength = BreakGlassAccess.MAX_TEXT_LENGTH)
                    String note,
            @Schema(
                            description = "The reviewer's token subject.",
                            example = "s.okafor",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String reviewedBy,
            @Schema(example = "2026-11-23T09:30:00Z") Instant reviewedAt) {

        static ReviewView of(BreakGlassReview review) {
            return new ReviewView(review.outcome(), review.note(), review.reviewer(), review.at());
        }
    }

    @Schema(
            name = "BreakGlassAccess",
            description = "A practitioner's urgent, read-only, time-limited access to a family outside their scope."
                    + " Holds nothing of the family but its id.")
    public record BreakGlassAccessView(
            @Schema(example = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID id,
            @Schema(example = "0b6f7a7e-6d1c-4c1e-9a53-2f8e6f1f2c11") UUID familyId,
            @Schema(
                            description = "The token subject of the practitioner who broke the glass.",
                            example = "k.osei",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String practitioner,
            @Schema(
                            description = "The organisation they acted for; its reviewers review it.",
                            example = "RX1",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(
                            example = "Out-of-hours call from A&E: the mother is admitted and the baby's carer is"
                                    + " unknown.",
                            maxLength = BreakGlassAccess.MAX_TEXT_LENGTH)
                    String reason,
            @Schema(example = "2026-11-21T22:40:00Z") Instant grantedAt,
            @Schema(
                            description = "The family is closed to them again from this instant.",
                            example = "2026-11-22T22:40:00Z")
                    Instant expiresAt,
            @Schema(
                            description = "How many audit events the practitioner made under it (each read of the"
                                    + " family, a person, a record); the audit trail lists them, flagged BREAK_GLASS.",
                            example = "4",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long auditEvents,
            @Schema(nullable = true, description = "Absent until it is reviewed.") ReviewView review,
            @Schema(
                            description = "Send this back when you review it.",
                            example = "0",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long version) {

        static BreakGlassAccessView of(BreakGlassUse use) {
            BreakGlassAccess access = use.access();
            return new BreakGlassAccessView(
                    access.id().value(),
                    access.family().value(),
                    access.practitioner(),
                    access.organisation().value(),
                    access.reason(),
                    access.grantedAt(),
                    access.expiresAt(),
                    use.auditEvents(),
                    access.review().map(ReviewView::of).orElse(null),
                    access.version());
        }
    }
}
