package org.cradle.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * One person's decision about sharing information about themselves (the subject), made by them or,
 * for an infant, by someone with parental responsibility (the grantor), with every version it has
 * had. Versions are only ever added: a review supersedes, a withdrawal ends, and what was agreed on
 * any past day stays answerable.
 */
public final class Consent {

    private final ConsentId id;
    private final FamilyId family;
    private final PersonId subject;
    private final PersonId grantor;
    private final OrganisationId organisation;
    private final List<ConsentVersion> versions;

    private Consent(
            ConsentId id,
            FamilyId family,
            PersonId subject,
            PersonId grantor,
            OrganisationId organisation,
            List<ConsentVersion> versions) {
        this.id = Objects.requireNonNull(id, "id");
        this.family = Objects.requireNonNull(family, "family");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.grantor = Objects.requireNonNull(grantor, "grantor");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a consent has at least one version");
        }
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(ConsentVersion::number));
    }

    /**
     * Records a decision, given or refused. Who may decide for the subject is checked beforehand by
     * {@link ConsentAuthority}, which needs the family.
     */
    public static Consent record(
            ConsentId id,
            FamilyId family,
            PersonId subject,
            PersonId grantor,
            Decision decision,
            ConsentTerms terms,
            Actor recorder,
            LocalDate today,
            Instant now) {
        Objects.requireNonNull(decision, "decision");
        notInFuture("effectiveFrom", terms.effectiveFrom(), today);
        ConsentChange change = decision == Decision.GIVEN ? ConsentChange.GIVEN : ConsentChange.REFUSED;
        return new Consent(
                id,
                family,
                subject,
                grantor,
                recorder.organisation(),
                List.of(new ConsentVersion(
                        1,
                        change,
                        decision,
                        terms,
                        terms.effectiveFrom(),
                        now,
                        recorder.subject(),
                        recorder.organisation())));
    }

    public static Consent reconstitute(
            ConsentId id,
            FamilyId family,
            PersonId subject,
            PersonId grantor,
            OrganisationId organisation,
            List<ConsentVersion> versions) {
        return new Consent(id, family, subject, grantor, organisation, versions);
    }

    /**
     * Re-confirms the decision, or changes it or its terms: a new version that supersedes the current
     * one from its effective date. A withdrawn consent cannot be reviewed; a new consent is recorded.
     */
    public ConsentVersion review(
            int expectedVersion, Decision decision, ConsentTerms terms, Actor recorder, LocalDate today, Instant now) {
        requireVersion(expectedVersion);
        Objects.requireNonNull(decision, "decision");
        if (current().isWithdrawal()) {
            throw new RuleViolationException(
                    "withdrawn", "Consent " + id + " was withdrawn: record a new consent instead of reviewing it.");
        }
        notInFuture("effectiveFrom", terms.effectiveFrom(), today);
        notBeforeCurrent("effectiveFrom", terms.effectiveFrom());
        return add(ConsentChange.REVIEWED, decision, terms, terms.effectiveFrom(), recorder, now);
    }

    /**
     * Withdraws a given consent from {@code effectiveFrom} (today by default): as easy as giving it, and
     * not retroactive: what was shared while it held was shared with consent.
     */
    public ConsentVersion withdraw(
            int expectedVersion, LocalDate effectiveFrom, Actor recorder, LocalDate today, Instant now) {
        requireVersion(expectedVersion);
        ConsentVersion current = current();
        if (current.isWithdrawal()) {
            throw new RuleViolationException(
                    "already-withdrawn",
                    "Consent " + id + " was already withdrawn from " + current.effectiveFrom() + ".");
        }
        if (current.decision() == Decision.REFUSED) {
            throw new RuleViolationException(
                    "nothing-to-withdraw", "Consent " + id + " records a refusal: there is nothing to withdraw.");
        }
        LocalDate from = effectiveFrom == null ? today : effectiveFrom;
        notInFuture("effectiveFrom", from, today);
        notBeforeCurrent("effectiveFrom", from);
        return add(ConsentChange.WITHDRAWN, current.decision(), current.terms(), from, recorder, now);
    }

    /** The version in force on {@code day}, if the consent had begun by then. */
    public Optional<ConsentVersion> versionOn(LocalDate day) {
        ConsentVersion inForce = null;
        for (ConsentVersion version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                inForce = version;
            }
        }
        return Optional.ofNullable(inForce);
    }

    public Optional<ConsentVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public ConsentVersion current() {
        return versions.get(versions.size() - 1);
    }

    public ConsentId id() {
        return id;
    }

    public FamilyId family() {
        return family;
    }

    public PersonId subject() {
        return subject;
    }

    public PersonId grantor() {
        return grantor;
    }

    /** The organisation that first recorded it. */
    public OrganisationId organisation() {
        return organisation;
    }

    public List<ConsentVersion> versions() {
        return List.copyOf(versions);
    }

    private ConsentVersion add(
            ConsentChange change,
            Decision decision,
            ConsentTerms terms,
            LocalDate effectiveFrom,
            Actor recorder,
            Instant now) {
        ConsentVersion version = new ConsentVersion(
                current().number() + 1,
                change,
                decision,
                terms,
                effectiveFrom,
                now,
                recorder.subject(),
                recorder.organisation());
        versions.add(version);
        return version;
    }

    private void requireVersion(int expected) {
        if (expected != current().number()) {
            throw new StaleVersionException("consent", id, expected, current().number());
        }
    }

    private void notBeforeCurrent(String field, LocalDate date) {
        LocalDate currentFrom = current().effectiveFrom();
        if (date.isBefore(currentFrom)) {
            throw new InvalidValueException(
                    field,
                    "not-before-current-version",
                    field + " must not be before the current version's (" + currentFrom
                            + "): history is added to, never rewritten.");
        }
    }

    private static void notInFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidValueException(field, "not-in-future", field + " must not be in the future.");
        }
    }
}
