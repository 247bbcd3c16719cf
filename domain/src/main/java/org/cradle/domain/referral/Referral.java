package org.cradle.domain.referral;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.Text;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * One organisation working with a family asks another to work with it too: for a purpose, naming the
 * people and the categories of information the receiving organisation may then see of the referring
 * organisation's records, with a note. The receiving organisation sees only the referral itself until
 * it accepts (it then works with the family: it may see the people named and open its own episode) or
 * declines, saying why. A referral is answered once; it is never changed after.
 *
 * <p>That the people's consent covers the referral is the application's to ask, since it depends on
 * the consents in force on the day; the referral keeps what the rules about itself say.
 */
public final class Referral {

    public static final int MAX_NOTE_LENGTH = 2000;
    public static final int MAX_REASON_LENGTH = 2000;

    /** A referral names members of one family. */
    public static final int MAX_PEOPLE = Family.MAX_MEMBERS;

    private final ReferralId id;
    private final FamilyId family;
    private final OrganisationId from;
    private final OrganisationId to;
    private final Purpose purpose;
    private final List<PersonId> people;
    private final Set<InformationCategory> categories;
    private final String note;
    private final ReferralRequestId answering;
    private final String madeBy;
    private final Instant madeAt;
    private ReferralStatus status;
    private String answeredBy;
    private Instant answeredAt;
    private String declineReason;
    private final long version;

    private Referral(
            ReferralId id,
            FamilyId family,
            OrganisationId from,
            OrganisationId to,
            Purpose purpose,
            List<PersonId> people,
            Set<InformationCategory> categories,
            String note,
            ReferralRequestId answering,
            String madeBy,
            Instant madeAt,
            ReferralStatus status,
            String answeredBy,
            Instant answeredAt,
            String declineReason,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.family = Objects.requireNonNull(family, "family");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.people = List.copyOf(people);
        this.categories = Set.copyOf(EnumSet.copyOf(categories));
        this.note = note;
        this.answering = answering;
        this.madeBy = Objects.requireNonNull(madeBy, "madeBy");
        this.madeAt = Objects.requireNonNull(madeAt, "madeAt");
        this.status = Objects.requireNonNull(status, "status");
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.declineReason = declineReason;
        this.version = version;
        if ((status == ReferralStatus.PENDING) != (answeredBy == null && answeredAt == null)
                || (status == ReferralStatus.DECLINED) != (declineReason != null)) {
            throw new IllegalArgumentException("A referral is answered exactly when it is not pending, with a reason"
                    + " exactly when it was declined: " + id);
        }
    }

    /**
     * Refers {@code family} from {@code from} to {@code to}. The people named are members of the
     * family, each once, at least one; the categories include basic details, because nobody is
     * referred anonymously; an organisation does not refer to itself.
     *
     * @param answering the request for a referral this referral answers, if any
     */
    public static Referral make(
            ReferralId id,
            Family family,
            OrganisationId from,
            OrganisationId to,
            Purpose purpose,
            List<PersonId> people,
            Set<InformationCategory> categories,
            String note,
            ReferralRequestId answering,
            String madeBy,
            Instant at) {
        if (to == null) {
            throw new InvalidValueException("to", "required", "to is required.");
        }
        if (purpose == null) {
            throw new InvalidValueException("purpose", "required", "purpose is required.");
        }
        requireCategories(categories);
        String checkedNote = Text.optional("note", note, MAX_NOTE_LENGTH);
        requirePeople(family, people);
        if (to.equals(from)) {
            throw new RuleViolationException(
                    "to", "same-organisation", "An organisation does not refer a family to itself (" + to + ").");
        }
        return new Referral(
                id,
                family.id(),
                from,
                to,
                purpose,
                people,
                categories,
                checkedNote,
                answering,
                Text.required("madeBy", madeBy, Actor.MAX_SUBJECT_LENGTH),
                at,
                ReferralStatus.PENDING,
                null,
                null,
                null,
                0);
    }

    /** A referral as stored: no rule is re-applied to history. */
    public static Referral reconstitute(
            ReferralId id,
            FamilyId family,
            OrganisationId from,
            OrganisationId to,
            Purpose purpose,
            List<PersonId> people,
            Set<InformationCategory> categories,
            String note,
            ReferralRequestId answering,
            String madeBy,
            Instant madeAt,
            ReferralStatus status,
            String answeredBy,
            Instant answeredAt,
            String declineReason,
            long version) {
        return new Referral(
                id,
                family,
                from,
                to,
                purpose,
                people,
                categories,
                note,
                answering,
                madeBy,
                madeAt,
                status,
                answeredBy,
                answeredAt,
                declineReason,
                version);
    }

    /** The receiving organisation takes the family on. Only it may, and only while the referral is pending. */
    public void accept(OrganisationId by, String subject, Instant at) {
        requireAnswerable(by, "accept");
        answer(ReferralStatus.ACCEPTED, subject, at, null);
    }

    /** The receiving organisation does not take the family on, and says why. */
    public void decline(OrganisationId by, String subject, String reason, Instant at) {
        String checkedReason = Text.required("reason", reason, MAX_REASON_LENGTH);
        requireAnswerable(by, "decline");
        answer(ReferralStatus.DECLINED, subject, at, checkedReason);
    }

    /** Whether the organisation is one of the two the referral is between: the only ones that may see it. */
    public boolean isBetween(OrganisationId organisation) {
        return from.equals(organisation) || to.equals(organisation);
    }

    private void requireAnswerable(OrganisationId by, String verb) {
        if (!to.equals(by)) {
            throw new AccessDeniedException("Only " + to + ", to which the family was referred, may " + verb
                    + " this referral; " + by + " may not.");
        }
        if (status != ReferralStatus.PENDING) {
            throw new RuleViolationException(
                    "referral-not-pending",
                    "Referral " + id + " was already " + status.name().toLowerCase(java.util.Locale.ROOT)
                            + ": a referral is answered once.");
        }
    }

    private void answer(ReferralStatus outcome, String subject, Instant at, String reason) {
        this.answeredBy = Text.required("answeredBy", subject, Actor.MAX_SUBJECT_LENGTH);
        this.answeredAt = Objects.requireNonNull(at, "at");
        this.declineReason = reason;
        this.status = outcome;
    }

    /** Refuses more people than {@link #MAX_PEOPLE}: a request's list is held to it as it is read. */
    public static void requireFewPeople(int people) {
        if (people > MAX_PEOPLE) {
            throw new InvalidValueException(
                    "people", "max-items", "people must name at most " + MAX_PEOPLE + " members of the family.");
        }
    }

    private static void requirePeople(Family family, List<PersonId> people) {
        if (people == null || people.isEmpty()) {
            throw new InvalidValueException(
                    "people", "required", "people must name at least one member of the family to refer.");
        }
        requireFewPeople(people.size());
        Set<PersonId> seen = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            if (!seen.add(people.get(i))) {
                throw new InvalidValueException("people[" + i + "]", "duplicate", "Each person is named once.");
            }
        }
        for (int i = 0; i < people.size(); i++) {
            PersonId person = people.get(i);
            if (family.membershipOf(person).isEmpty()) {
                throw new RuleViolationException(
                        "people[" + i + "]",
                        "not-a-member",
                        "Person " + person + " is not a member of family " + family.id() + ".");
            }
        }
    }

    /** Refuses categories without basic details: nobody is referred anonymously. */
    public static Set<InformationCategory> requireCategories(Set<InformationCategory> categories) {
        if (categories == null || !categories.contains(InformationCategory.BASIC_DETAILS)) {
            throw new InvalidValueException(
                    "categories",
                    "basic-details-required",
                    "categories must include BASIC_DETAILS: nobody is referred anonymously.");
        }
        return categories;
    }

    public ReferralId id() {
        return id;
    }

    public FamilyId family() {
        return family;
    }

    /** The organisation that made the referral. */
    public OrganisationId from() {
        return from;
    }

    /** The organisation the family is referred to. */
    public OrganisationId to() {
        return to;
    }

    public Purpose purpose() {
        return purpose;
    }

    /** The people referred, as named: what the receiving organisation may see of the family. */
    public List<PersonId> people() {
        return people;
    }

    /** Which of the referring organisation's records about the people the receiving one may see. */
    public Set<InformationCategory> categories() {
        return categories;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The request for a referral this one answers. */
    public Optional<ReferralRequestId> answering() {
        return Optional.ofNullable(answering);
    }

    /** The token subject of whoever made it. */
    public String madeBy() {
        return madeBy;
    }

    public Instant madeAt() {
        return madeAt;
    }

    public ReferralStatus status() {
        return status;
    }

    /** Who at the receiving organisation answered, once answered. */
    public Optional<String> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<String> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    public long version() {
        return version;
    }
}
