package org.cradle.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cradle.application.access.Access;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
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

    private final Access access;
    private final People people;
    private final Clock clock;

    public CorrectPersonDetails(Access access, People people, Clock clock) {
        this.access = access;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public PersonDetails correct(Actor actor, Command command) {
        Access.PersonPermit allowed = access.requireForPersonInFamilies(
                actor, p -> new Need.ChangeFamily(Capability.WRITE_FAMILY_RECORDS), command.person());
        Person person = people.require(command.person());
        if (command.nhsNumber() != null) {
            people.findByNhsNumber(command.nhsNumber())
                    .filter(other -> !other.id().equals(person.id()))
                    .ifPresent(other -> {
                        throw new ConflictException(
                                "nhs-number-already-registered", "Another person already holds this NHS number.");
                    });
        }
        person.correctDetails(
                command.version(), command.name(), command.lifeDates(), command.nhsNumber(), LocalDate.now(clock));
        Person stored = people.update(person);
        allowed.permit()
                .handOver(Fact.of(
                                AuditAction.PERSON_DETAILS_CORRECTED,
                                RecordType.PERSON,
                                person.id().value())
                        .about(person.id(), InformationCategory.BASIC_DETAILS));
        return new PersonDetails(
                stored, List.copyOf(access.familiesSeeing(actor, person.id()).keySet()));
    }
}
