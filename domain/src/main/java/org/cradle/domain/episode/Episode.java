package org.cradle.domain.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.Text;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/**
 * One piece of work by one service with a family: opened, closed, perhaps reopened. Its history of
 * periods is never rewritten, because closure and last contact drive how long its records are kept: a close
 * recorded wrongly is corrected by a recorded correction, which keeps what it replaced.
 */
public final class Episode {

    public static final int MAX_REASON_LENGTH = 500;

    private final EpisodeId id;
    private final FamilyId family;
    private final ServiceType serviceType;
    private final OrganisationId organisation;
    private final PractitionerRef leadPractitioner;
    private final List<EpisodePeriod> periods;
    private final List<ClosureCorrection> corrections;
    private final Instant createdAt;
    private final long version;

    private Episode(
            EpisodeId id,
            FamilyId family,
            ServiceType serviceType,
            OrganisationId organisation,
            PractitionerRef leadPractitioner,
            List<EpisodePeriod> periods,
            List<ClosureCorrection> corrections,
            Instant createdAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.family = Objects.requireNonNull(family, "family");
        this.serviceType = Objects.requireNonNull(serviceType, "serviceType");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.leadPractitioner = Objects.requireNonNull(leadPractitioner, "leadPractitioner");
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("An episode has at least one period");
        }
        this.periods = new ArrayList<>(periods);
        this.corrections = new ArrayList<>(corrections);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /** Opens a new episode of work with a family. It cannot be opened on a date still to come. */
    public static Episode open(
            EpisodeId id,
            FamilyId family,
            ServiceType serviceType,
            OrganisationId organisation,
            PractitionerRef leadPractitioner,
            LocalDate openedOn,
            LocalDate today,
            Instant at) {
        if (serviceType == null) {
            throw new InvalidValueException("serviceType", "required", "serviceType is required.");
        }
        notInFuture("openedOn", openedOn, today);
        return new Episode(
                id,
                family,
                serviceType,
                organisation,
                leadPractitioner,
                List.of(EpisodePeriod.openingOn(openedOn)),
                List.of(),
                at,
                0);
    }

    /** An episode as stored, with the corrections made to its closes. */
    public static Episode reconstitute(
            EpisodeId id,
            FamilyId family,
            ServiceType serviceType,
            OrganisationId organisation,
            PractitionerRef leadPractitioner,
            List<EpisodePeriod> periods,
            List<ClosureCorrection> corrections,
            Instant createdAt,
            long version) {
        return new Episode(
                id, family, serviceType, organisation, leadPractitioner, periods, corrections, createdAt, version);
    }

    /** Closes the work. Only an open episode can close, and not before it was (re)opened. */
    public void close(long expectedVersion, LocalDate closedOn, String reason, LocalDate today) {
        close(expectedVersion, closedOn, reason, null, today);
    }

    /**
     * Closes the work, and for an allegation records how it was concluded: its close is its conclusion,
     * which the retention schedule counts from, and its outcome decides whether it is kept at all.
     *
     * @param outcome the allegation's outcome, or null; only an allegation's close records one
     */
    public void close(
            long expectedVersion, LocalDate closedOn, String reason, AllegationOutcome outcome, LocalDate today) {
        requireVersion(expectedVersion);
        if (!isOpen()) {
            throw new RuleViolationException("episode-not-open", "Episode " + id + " is already closed.");
        }
        notInFuture("closedOn", closedOn, today);
        onlyForAnAllegation(outcome);
        EpisodePeriod current = currentPeriod();
        periods.set(
                periods.size() - 1,
                current.closedOn(closedOn, Text.optional("reason", reason, MAX_REASON_LENGTH), outcome));
    }

    /**
     * Corrects the latest close after the fact: the day the work really stopped (in the past, on purpose:
     * not before the period opened, not in the future), or an allegation's outcome, or both, always with the
     * reason. The correction is kept in the episode's history with what it replaced, who made it and when.
     *
     * @param closedOn the day the work really stopped, or null to leave it
     * @param outcome the allegation's real outcome, or null to leave it
     */
    public ClosureCorrection correctClosure(
            long expectedVersion,
            LocalDate closedOn,
            AllegationOutcome outcome,
            String reason,
            String by,
            Instant at,
            LocalDate today) {
        requireVersion(expectedVersion);
        if (isOpen()) {
            throw new RuleViolationException(
                    "episode-not-closed", "Episode " + id + " is open: only a recorded close is corrected.");
        }
        String why = Text.requiredParagraphs("reason", reason, ClosureCorrection.MAX_REASON_LENGTH);
        if (closedOn == null && outcome == null) {
            throw new InvalidValueException(
                    "closedOn", "required", "A correction names the closedOn or the outcome it corrects.");
        }
        if (closedOn != null) {
            notInFuture("closedOn", closedOn, today);
        }
        onlyForAnAllegation(outcome);
        EpisodePeriod current = currentPeriod();
        LocalDate corrected = closedOn == null ? current.closedOn() : closedOn;
        boolean outcomeCorrected = outcome != null && !outcome.saysTheSameAs(current.outcome());
        if (corrected.equals(current.closedOn()) && !outcomeCorrected) {
            throw new RuleViolationException(
                    "nothing-corrected", "The correction says what the close of episode " + id + " already says.");
        }
        EpisodePeriod replaced =
                current.closedOn(corrected, current.closeReason(), outcomeCorrected ? outcome : current.outcome());
        ClosureCorrection correction = new ClosureCorrection(
                periods.size() - 1,
                current.closedOn(),
                corrected,
                outcomeCorrected ? current.outcome() : null,
                outcomeCorrected ? outcome : null,
                why,
                by,
                at);
        periods.set(periods.size() - 1, replaced);
        corrections.add(correction);
        return correction;
    }

    private void onlyForAnAllegation(AllegationOutcome outcome) {
        if (outcome != null && serviceType != ServiceType.ALLEGATION) {
            throw new RuleViolationException(
                    "outcome",
                    "not-an-allegation",
                    "Only an allegation's close records an outcome: episode " + id + " is " + serviceType + ".");
        }
    }

    /** Takes up closed work again; earlier periods stay as they were. */
    public void reopen(long expectedVersion, LocalDate reopenedOn, LocalDate today) {
        requireVersion(expectedVersion);
        if (isOpen()) {
            throw new RuleViolationException(
                    "episode-not-closed", "Episode " + id + " is open: only a closed episode can be reopened.");
        }
        notInFuture("reopenedOn", reopenedOn, today);
        LocalDate lastClosed = currentPeriod().closedOn();
        if (reopenedOn.isBefore(lastClosed)) {
            throw new InvalidValueException(
                    "reopenedOn",
                    "not-before-last-closed-on",
                    "reopenedOn must not be before the episode was last closed (" + lastClosed + ").");
        }
        periods.add(EpisodePeriod.openingOn(reopenedOn));
    }

    private static void notInFuture(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new InvalidValueException(field, "required", field + " is required.");
        }
        if (date.isAfter(today)) {
            throw new InvalidValueException(field, "not-in-future", field + " must not be in the future.");
        }
    }

    private void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException("episode", id, expectedVersion, version);
        }
    }

    private EpisodePeriod currentPeriod() {
        return periods.get(periods.size() - 1);
    }

    public boolean isOpen() {
        return currentPeriod().isOpen();
    }

    /** The date the work first started. */
    public LocalDate openedOn() {
        return periods.get(0).openedOn();
    }

    /** The date the work stopped, while it is closed; empty while open. */
    public Optional<LocalDate> closedOn() {
        return currentPeriod().closed();
    }

    /** How the allegation was concluded, as recorded on its latest close; empty while open or never recorded. */
    public Optional<AllegationOutcome> outcome() {
        return currentPeriod().allegationOutcome();
    }

    /** What the access policy needs to know of this episode: which organisation holds it. */
    public HeldRecord held() {
        return HeldRecord.episode(organisation);
    }

    public EpisodeId id() {
        return id;
    }

    public FamilyId family() {
        return family;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public OrganisationId organisation() {
        return organisation;
    }

    public PractitionerRef leadPractitioner() {
        return leadPractitioner;
    }

    public List<EpisodePeriod> periods() {
        return List.copyOf(periods);
    }

    /** The corrections made to its closes after the fact, oldest first. */
    public List<ClosureCorrection> corrections() {
        return List.copyOf(corrections);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
