package org.cradle.domain.breakglass;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/**
 * Break-glass: a practitioner who must see a family urgently, outside what need to know lets them
 * see, states why and gets read-only access to it for a limited time. Every read under it is flagged
 * in the audit trail ({@code BREAK_GLASS}), and the access waits for review by a safeguarding lead or
 * the Caldicott guardian of the organisation the practitioner acted for, who records whether it was
 * appropriate, once.
 *
 * <p>The access opens the family from {@link #grantedAt()} until {@link #expiresAt()}, exclusive; the
 * access policy reads it as a fact ({@code Relationship.breakGlass}), never as a right to change
 * anything.
 */
public final class BreakGlassAccess {

    /** The longest a reason or a review note may be. */
    public static final int MAX_TEXT_LENGTH = 2000;

    private final BreakGlassAccessId id;
    private final FamilyId family;
    private final OrganisationId organisation;
    private final String practitioner;
    private final String reason;
    private final Instant grantedAt;
    private final Instant expiresAt;
    private BreakGlassReview review;
    private final long version;

    private BreakGlassAccess(
            BreakGlassAccessId id,
            FamilyId family,
            OrganisationId organisation,
            String practitioner,
            String reason,
            Instant grantedAt,
            Instant expiresAt,
            BreakGlassReview review,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.family = Objects.requireNonNull(family, "family");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.practitioner = Text.required("practitioner", practitioner, Actor.MAX_SUBJECT_LENGTH);
        this.reason = Text.requiredParagraphs("reason", reason, MAX_TEXT_LENGTH);
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(grantedAt)) {
            throw new IllegalArgumentException("A break-glass access expires after it is granted");
        }
        this.review = review;
        this.version = version;
    }

    /**
     * Grants {@code practitioner} read-only access to {@code family} from {@code at}, for {@code
     * duration}, for the reason they give, which is required: it is what the reviewer judges.
     * Only a practitioner (a person) breaks the glass, never a client system.
     */
    public static BreakGlassAccess grant(
            BreakGlassAccessId id,
            FamilyId family,
            Actor practitioner,
            String reason,
            Instant at,
            BreakGlassDuration duration) {
        if (practitioner.kind() != ActorKind.PRACTITIONER) {
            throw new RuleViolationException(
                    "practitioners-only",
                    "Break-glass is for a practitioner in person, not for " + practitioner.kind() + ".");
        }
        String why = Text.requiredParagraphs("reason", reason, MAX_TEXT_LENGTH);
        return new BreakGlassAccess(
                id,
                family,
                practitioner.organisation(),
                practitioner.subject(),
                why,
                at,
                duration.expiryOf(at),
                null,
                0);
    }

    /** A break-glass access as stored. */
    public static BreakGlassAccess reconstitute(
            BreakGlassAccessId id,
            FamilyId family,
            OrganisationId organisation,
            String practitioner,
            String reason,
            Instant grantedAt,
            Instant expiresAt,
            BreakGlassReview review,
            long version) {
        return new BreakGlassAccess(
                id, family, organisation, practitioner, reason, grantedAt, expiresAt, review, version);
    }

    /**
     * Records the review of this access. Reviewed once: the review is the organisation's answer, not a
     * thread. The practitioner's own organisation reviews it (its staff, its policy), and never the
     * practitioner themselves, even one who holds a reviewing role.
     */
    public void review(long expectedVersion, Actor reviewer, ReviewOutcome outcome, String note, Instant at) {
        if (expectedVersion != version) {
            throw new StaleVersionException("break-glass access", id, expectedVersion, version);
        }
        if (review != null) {
            throw new RuleViolationException(
                    "already-reviewed",
                    "Break-glass access " + id + " was reviewed by " + review.reviewer() + " at " + review.at()
                            + "; a review is recorded once.");
        }
        if (!reviewer.organisation().equals(organisation)) {
            throw new RuleViolationException(
                    "another-organisations-break-glass",
                    "Break-glass access " + id + " is reviewed by " + organisation
                            + ", the organisation the practitioner acted for.");
        }
        if (reviewer.subject().equals(practitioner)) {
            throw new RuleViolationException(
                    "own-break-glass", "No one reviews their own break-glass access: another reviewer must.");
        }
        if (outcome == null) {
            throw new InvalidValueException("outcome", "required", "outcome is required.");
        }
        review = new BreakGlassReview(reviewer.subject(), outcome, note, at);
    }

    /** Whether the access opens the family at {@code at}: from its grant until, not including, its expiry. */
    public boolean isActiveAt(Instant at) {
        return !at.isBefore(grantedAt) && at.isBefore(expiresAt);
    }

    public boolean reviewed() {
        return review != null;
    }

    public BreakGlassAccessId id() {
        return id;
    }

    public FamilyId family() {
        return family;
    }

    /** The organisation the practitioner acted for: its reviewers review the access. */
    public OrganisationId organisation() {
        return organisation;
    }

    /** The token subject of the practitioner who broke the glass. */
    public String practitioner() {
        return practitioner;
    }

    public String reason() {
        return reason;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** The review, once recorded. */
    public Optional<BreakGlassReview> review() {
        return Optional.ofNullable(review);
    }

    public long version() {
        return version;
    }
}
