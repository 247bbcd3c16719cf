package org.cradle.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;

/** Corrects a person's name, dates or NHS number, or records their death. */
@ApplicationScoped
public class CorrectPersonDetails {

    /** @param nhsNumber may be null: the person has none, or it is removed as wrongly recorded */
    public record Command(PersonId person, long version, PersonName name, LifeDates lifeDates, NhsNumber nhsNumber) {
        public Command {
            if (name == null) {
                throw new InvalidValueException("givenName", "required", "givenName and familyName are required.");
            }
            if (lifeDates == null) {
                throw new InvalidValueException("dateOfBirth", "required", "dateOfBirth is required.");
            }
        }
    }

    private final People people;
    private final Families families;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public CorrectPersonDetails(People people, Families families, AuditTrail auditTrail, Clock clock) {
        this.people = people;
        this.families = families;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public PersonDetails correct(Actor actor, Command command) {
        AccessPolicy.require(actor, Capability.WRITE_FAMILY_RECORDS);
        Person person = people.require(command.person());
        if (command.nhsNumber() != null) {
            people.findByNhsNumber(command.nhsNumber())
                    .filter(other -> !other.id().equals(person.id()))
                    .ifPresent(other -> {
                        throw new ConflictException(
                                "nhs-number-already-registered",
                                "Another person already holds this NHS number (personId " + other.id() + ").");
                    });
        }
        person.correctDetails(
                command.version(), command.name(), command.lifeDates(), command.nhsNumber(), LocalDate.now(clock));
        Person stored = people.update(person);
        auditTrail.record(
                actor,
                AuditAction.PERSON_DETAILS_CORRECTED,
                RecordType.PERSON,
                person.id().value(),
                null,
                clock.instant());
        return new PersonDetails(stored, families.familiesOf(person.id()));
    }
}
