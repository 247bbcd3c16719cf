package org.cradle.application.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.person.People;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.Membership;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;

/**
 * Adds a person to a family: someone Cradle already holds (a father with children in two
 * households is one person, not two), or someone new, who is registered first.
 */
@ApplicationScoped
public class AddFamilyMember {

    /** Who joins: a person already held, or a new one. */
    public sealed interface Joiner permits ExistingPerson, NewPerson {}

    public record ExistingPerson(PersonId person) implements Joiner {}

    /** @param nhsNumber may be null */
    public record NewPerson(PersonName name, LifeDates lifeDates, NhsNumber nhsNumber) implements Joiner {
        public NewPerson {
            if (name == null) {
                throw new InvalidValueException("person", "required", "person details are required.");
            }
            if (lifeDates == null) {
                throw new InvalidValueException("dateOfBirth", "required", "dateOfBirth is required.");
            }
        }
    }

    public record Command(
            FamilyId family, Joiner joiner, FamilyRole role, boolean livesWithChild, boolean parentalResponsibility) {
        public Command {
            if (joiner == null) {
                throw new InvalidValueException(
                        "personId", "one-of-personId-or-person", "Give either personId or person, not neither.");
            }
            if (role == null) {
                throw new InvalidValueException("role", "required", "role is required.");
            }
        }
    }

    /** The membership made, the person it is for, and the family as stored after the change. */
    public record AddedMember(Membership membership, Person person, Family family) {}

    private final Families families;
    private final People people;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public AddFamilyMember(Families families, People people, AuditTrail auditTrail, Clock clock) {
        this.families = families;
        this.people = people;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public AddedMember add(Actor actor, Command command) {
        AccessPolicy.require(actor, Capability.WRITE_FAMILY_RECORDS);
        Family family = families.requireForChange(command.family());
        Instant now = clock.instant();
        Person person = command.joiner() instanceof ExistingPerson existing
                ? people.require(existing.person())
                : register(actor, (NewPerson) command.joiner(), family.id(), now);
        Membership membership = family.admit(
                person.id(), command.role(), command.livesWithChild(), command.parentalResponsibility(), now);
        Family stored = families.update(family);
        auditTrail.record(
                actor, AuditAction.MEMBER_ADDED, RecordType.PERSON, person.id().value(), family.id(), now);
        return new AddedMember(membership, person, stored);
    }

    private Person register(Actor actor, NewPerson fresh, FamilyId family, Instant now) {
        if (fresh.nhsNumber() != null) {
            people.findByNhsNumber(fresh.nhsNumber()).ifPresent(existing -> {
                throw new ConflictException(
                        "nhs-number-already-registered",
                        "A person with this NHS number is already held (personId " + existing.id()
                                + "): add them by personId instead of registering them again.");
            });
        }
        Person person = Person.register(
                PersonId.newId(), fresh.name(), fresh.lifeDates(), fresh.nhsNumber(), LocalDate.now(clock), now);
        people.add(person);
        auditTrail.record(
                actor,
                AuditAction.PERSON_REGISTERED,
                RecordType.PERSON,
                person.id().value(),
                family,
                now);
        return person;
    }
}
