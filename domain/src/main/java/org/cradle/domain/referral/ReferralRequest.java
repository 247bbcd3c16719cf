package org.cradle.domain.referral;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.Text;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.PersonId;

/**
 * An organisation that finds, by NHS number, a person another organisation already holds asks that
 * organisation (the holder) for a referral. The asking organisation learns nothing of the person or of
 * the holder from the request: the holder answers by making a referral to it, which the asker then
 * accepts or declines like any other, or refuses, saying why.
 *
 * @see Referral
 */
public final class ReferralRequest {

    public static final int MAX_NOTE_LENGTH = Referral.MAX_NOTE_LENGTH;
    public static final int MAX_REASON_LENGTH = Referral.MAX_REASON_LENGTH;

    private final ReferralRequestId id;
    private final OrganisationId asker;
    private final NhsNumber nhsNumber;
    private final PersonId person;
    private final OrganisationId holder;
    private final Purpose purpose;
    private final String note;
    private final String askedBy;
    private final Instant askedAt;
    private ReferralRequestStatus status;
    private ReferralId referral;
    private String refusalReason;
    private String answeredBy;
    private Instant answeredAt;
    private final long version;

    private ReferralRequest(
            ReferralRequestId id,
            OrganisationId asker,
            NhsNumber nhsNumber,
            PersonId person,
            OrganisationId holder,
            Purpose purpose,
            String note,
            String askedBy,
            Instant askedAt,
            ReferralRequestStatus status,
            ReferralId referral,
            String refusalReason,
            String answeredBy,
            Instant answeredAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.asker = Objects.requireNonNull(asker, "asker");
        this.nhsNumber = Objects.requireNonNull(nhsNumber, "nhsNumber");
        this.person = Objects.requireNonNull(person, "person");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.note = note;
        this.askedBy = Objects.requireNonNull(askedBy, "askedBy");
        this.askedAt = Objects.requireNonNull(askedAt, "askedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.referral = referral;
        this.refusalReason = refusalReason;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.version = version;
        if ((status == ReferralRequestStatus.OPEN) != (answeredBy == null && answeredAt == null)
                || (status == ReferralRequestStatus.ANSWERED) != (referral != null)
                || (status == ReferralRequestStatus.REFUSED) != (refusalReason != null)) {
            throw new IllegalArgumentException(
                    "A request is answered with a referral or refused with a reason, once: " + id);
        }
    }

    /**
     * {@code asker} asks {@code holder}, which holds {@code person} (found by {@code nhsNumber}), for a
     * referral. An organisation does not ask itself.
     */
    public static ReferralRequest ask(
            ReferralRequestId id,
            OrganisationId asker,
            NhsNumber nhsNumber,
            PersonId person,
            OrganisationId holder,
            Purpose purpose,
            String note,
            String askedBy,
            Instant at) {
        if (purpose == null) {
            throw new InvalidValueException("purpose", "required", "purpose is required.");
        }
        String checkedNote = Text.optional("note", note, MAX_NOTE_LENGTH);
        if (asker.equals(holder)) {
            throw new IllegalArgumentException(asker + " holds the person's record: it does not ask itself");
        }
        return new ReferralRequest(
                id,
                asker,
                nhsNumber,
                person,
                holder,
                purpose,
                checkedNote,
                Text.required("askedBy", askedBy, Actor.MAX_SUBJECT_LENGTH),
                at,
                ReferralRequestStatus.OPEN,
                null,
                null,
                null,
                null,
                0);
    }

    /** A request as stored. */
    public static ReferralRequest reconstitute(
            ReferralRequestId id,
            OrganisationId asker,
            NhsNumber nhsNumber,
            PersonId person,
            OrganisationId holder,
            Purpose purpose,
            String note,
            String askedBy,
            Instant askedAt,
            ReferralRequestStatus status,
            ReferralId referral,
            String refusalReason,
            String answeredBy,
            Instant answeredAt,
            long version) {
        return new ReferralRequest(
                id,
                asker,
                nhsNumber,
                person,
                holder,
                purpose,
                note,
                askedBy,
                askedAt,
                status,
                referral,
                refusalReason,
                answeredBy,
                answeredAt,
                version);
    }

    /** The holder answers with the referral it made to the asker. Only the holder, only while open. */
    public void answer(OrganisationId by, String subject, ReferralId made, Instant at) {
        requireOpen(by, "answer");
        this.referral = Objects.requireNonNull(made, "made");
        close(ReferralRequestStatus.ANSWERED, subject, at);
    }

    /** The holder refuses, and says why. */
    public void refuse(OrganisationId by, String subject, String reason, Instant at) {
        String checkedReason = Text.required("reason", reason, MAX_REASON_LENGTH);
        requireOpen(by, "refuse");
        this.refusalReason = checkedReason;
        close(ReferralRequestStatus.REFUSED, subject, at);
    }

    /** Whether the organisation asked or was asked: the only ones that may see the request. */
    public boolean isBetween(OrganisationId organisation) {
        return asker.equals(organisation) || holder.equals(organisation);
    }

    private void requireOpen(OrganisationId by, String verb) {
        if (!holder.equals(by)) {
            throw new AccessDeniedException(
                    "Only the organisation that was asked may " + verb + " this request; " + by + " may not.");
        }
        if (status != ReferralRequestStatus.OPEN) {
            throw new RuleViolationException(
                    "referral-request-not-open",
                    "Request " + id + " was already " + status.name().toLowerCase(Locale.ROOT)
                            + ": a request is answered once.");
        }
    }

    private void close(ReferralRequestStatus outcome, String subject, Instant at) {
        this.answeredBy = Text.required("answeredBy", subject, Actor.MAX_SUBJECT_LENGTH);
        this.answeredAt = Objects.requireNonNull(at, "at");
        this.status = outcome;
    }

    public ReferralRequestId id() {
        return id;
    }

    /** The organisation that asked. */
    public OrganisationId asker() {
        return asker;
    }

    /** The NHS number the asker gave. */
    public NhsNumber nhsNumber() {
        return nhsNumber;
    }

    /** The person the NHS number found: for the holder's eyes only. */
    public PersonId person() {
        return person;
    }

    /** The organisation asked: one holding the record of a family the person belongs to. Not shown to the asker. */
    public OrganisationId holder() {
        return holder;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public String askedBy() {
        return askedBy;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public ReferralRequestStatus status() {
        return status;
    }

    /** The referral the holder made in answer. */
    public Optional<ReferralId> referral() {
        return Optional.ofNullable(referral);
    }

    public Optional<String> refusalReason() {
        return Optional.ofNullable(refusalReason);
    }

    public Optional<String> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public long version() {
        return version;
    }
}
