package org.cradle.domain.confidentiality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.Text;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.Membership;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * That an adult of a family was told, at the start of the work, what stays confidential and where
 * confidentiality ends (safeguarding): when, how, by whom, and when to go over it again.
 *
 * <p>A notice is never changed or removed. Telling the person again is a new notice, which takes the
 * place of the earlier ones given by the same organisation in the list of notices due for revisit;
 * the earlier ones stay as history.
 */
public final class ConfidentialityNotice {

    private final ConfidentialityNoticeId id;
    private final FamilyId family;
    private final PersonId person;
    private final LocalDate givenOn;
    private final NoticeMethod method;
    private final PractitionerRef givenBy;
    private final LocalDate revisitOn;
    private final OrganisationId organisation;
    private final String recordedBy;
    private final Instant recordedAt;

    private ConfidentialityNotice(
            ConfidentialityNoticeId id,
            FamilyId family,
            PersonId person,
            LocalDate givenOn,
            NoticeMethod method,
            PractitionerRef givenBy,
            LocalDate revisitOn,
            OrganisationId organisation,
            String recordedBy,
            Instant recordedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.family = Objects.requireNonNull(family, "family");
        this.person = Objects.requireNonNull(person, "person");
        this.givenOn = Objects.requireNonNull(givenOn, "givenOn");
        this.method = Objects.requireNonNull(method, "method");
        this.givenBy = Objects.requireNonNull(givenBy, "givenBy");
        this.revisitOn = Objects.requireNonNull(revisitOn, "revisitOn");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.recordedBy = Text.required("recordedBy", recordedBy, Actor.MAX_SUBJECT_LENGTH);
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /**
     * Records that {@code person}, an adult member of {@code family}, was told about confidentiality
     * on {@code givenOn} (not after {@code today}), to be revisited on {@code revisitOn} (after it).
     * Children of the family are not given notices: the adults caring for them are.
     */
    public static ConfidentialityNotice record(
            ConfidentialityNoticeId id,
            Family family,
            PersonId person,
            LocalDate givenOn,
            NoticeMethod method,
            PractitionerRef givenBy,
            LocalDate revisitOn,
            OrganisationId organisation,
            String recordedBy,
            LocalDate today,
            Instant at) {
        if (givenOn == null) {
            throw new InvalidValueException("givenOn", "required", "givenOn is required.");
        }
        if (givenOn.isAfter(today)) {
            throw new InvalidValueException("givenOn", "not-in-future", "givenOn must not be in the future.");
        }
        if (method == null) {
            throw new InvalidValueException("method", "required", "method is required.");
        }
        if (revisitOn == null) {
            throw new InvalidValueException("revisitOn", "required", "revisitOn is required.");
        }
        if (!revisitOn.isAfter(givenOn)) {
            throw new InvalidValueException(
                    "revisitOn", "after-given-on", "revisitOn must be after givenOn (" + givenOn + ").");
        }
        if (person == null) {
            throw new InvalidValueException("personId", "required", "personId is required.");
        }
        Membership membership = family.membershipOf(person)
                .orElseThrow(() -> new RuleViolationException(
                        "personId",
                        "not-a-member",
                        "Person " + person + " is not a member of family " + family.id()
                                + ": a confidentiality notice is recorded for an adult of the family."));
        if (membership.role() == FamilyRole.CHILD) {
            throw new RuleViolationException(
                    "personId",
                    "not-an-adult-member",
                    "Person " + person + " is a child of family " + family.id()
                            + ": confidentiality notices are recorded for the adults of the family, not its children.");
        }
        return new ConfidentialityNotice(
                id, family.id(), person, givenOn, method, givenBy, revisitOn, organisation, recordedBy, at);
    }

    /** A notice as stored. */
    public static ConfidentialityNotice reconstitute(
            ConfidentialityNoticeId id,
            FamilyId family,
            PersonId person,
            LocalDate givenOn,
            NoticeMethod method,
            PractitionerRef givenBy,
            LocalDate revisitOn,
            OrganisationId organisation,
            String recordedBy,
            Instant recordedAt) {
        return new ConfidentialityNotice(
                id, family, person, givenOn, method, givenBy, revisitOn, organisation, recordedBy, recordedAt);
    }

    public ConfidentialityNoticeId id() {
        return id;
    }

    /** What the access policy needs to know of this notice: who holds it, whom it was given to. */
    public HeldRecord held() {
        return HeldRecord.notice(organisation, person);
    }

    public FamilyId family() {
        return family;
    }

    public PersonId person() {
        return person;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public NoticeMethod method() {
        return method;
    }

    /** The practitioner who told the person. */
    public PractitionerRef givenBy() {
        return givenBy;
    }

    public LocalDate revisitOn() {
        return revisitOn;
    }

    /** The organisation whose confidentiality the person was told about: the one of whoever recorded it. */
    public OrganisationId organisation() {
        return organisation;
    }

    /** The token subject of whoever recorded the notice. */
    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
