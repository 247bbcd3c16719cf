package org.cradle.domain.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.StaleVersionException;

/**
 * A person Cradle holds records about: infant, parent, carer or relative. A person exists once,
 * however many families they belong to (a father with children in two households).
 */
public final class Person {

    private final PersonId id;
    private PersonName name;
    private LifeDates lifeDates;
    private NhsNumber nhsNumber;
    private final Instant registeredAt;
    private final long version;

    private Person(
            PersonId id,
            PersonName name,
            LifeDates lifeDates,
            NhsNumber nhsNumber,
            Instant registeredAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.lifeDates = Objects.requireNonNull(lifeDates, "lifeDates");
        this.nhsNumber = nhsNumber;
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.version = version;
    }

    /** A person new to Cradle. {@code nhsNumber} may be null: not everyone has one, or has it to hand. */
    public static Person register(
            PersonId id, PersonName name, LifeDates lifeDates, NhsNumber nhsNumber, LocalDate today, Instant at) {
        return new Person(id, name, lifeDates.notAfter(today), nhsNumber, at, 0);
    }

    /** A person as stored: no rule is re-applied to history. */
    public static Person reconstitute(
            PersonId id,
            PersonName name,
            LifeDates lifeDates,
            NhsNumber nhsNumber,
            Instant registeredAt,
            long version) {
        return new Person(id, name, lifeDates, nhsNumber, registeredAt, version);
    }

    /** Corrects what was recorded wrongly, or records a death. The caller must hold the current version. */
    public void correctDetails(
            long expectedVersion, PersonName name, LifeDates lifeDates, NhsNumber nhsNumber, LocalDate today) {
        if (expectedVersion != version) {
            throw new StaleVersionException("person", id, expectedVersion, version);
        }
        Objects.requireNonNull(name, "name");
        LifeDates checked = lifeDates.notAfter(today);
        this.name = name;
        this.lifeDates = checked;
        this.nhsNumber = nhsNumber;
    }

    public PersonId id() {
        return id;
    }

    public PersonName name() {
        return name;
    }

    public LifeDates lifeDates() {
        return lifeDates;
    }

    public Optional<NhsNumber> nhsNumber() {
        return Optional.ofNullable(nhsNumber);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version;
    }
}
