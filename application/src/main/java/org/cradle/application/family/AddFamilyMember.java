package org.cradle.application.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.person.People;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
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

    private final Access access;
    private final Families families;
    private final People people;
    private final Clock clock;

    public AddFamilyMember(Access access, Families families, People people, Clock clock) {
        this.access = access;
        this.families = families;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public AddedMember add(Actor actor, Command command) {
        Permit permit = access.require(actor, new Need.ChangeFamily(Capability.WRITE_FAMILY_RECORDS), command.family());
        Family family = families.requireForChange(command.family());
        Person person = command.joiner() instanceof ExistingPerson existing
                ? known(actor, existing.person())
                : register(actor, permit, (NewPerson) command.joiner());
        Instant now = permit.at();
        Membership membership = family.admit(
                person.id(), command.role(), command.livesWithChild(), command.parentalResponsibility(), now);
        Family stored = families.update(family);
        permit.handOver(
                Fact.of(AuditAction.MEMBER_ADDED, RecordType.PERSON, person.id().value())
                        .about(person.id(), InformationCategory.BASIC_DETAILS));
        return new AddedMember(membership, person, stored);
    }

    /** Someone already held joins: only a person the actor sees, so that ids cannot be probed. */
    private Person known(Actor actor, PersonId person) {
        access.requireForPerson(actor, p -> new Need.SeePerson(p, Capability.WRITE_FAMILY_RECORDS), person);
        return people.require(person);
    }

    private Person register(Actor actor, Permit permit, NewPerson fresh) {
        if (fresh.nhsNumber() != null) {
            people.findByNhsNumber(fresh.nhsNumber()).ifPresent(existing -> refuseKnown(actor, existing));
        }
        Person person = Person.register(
                PersonId.newId(),
                fresh.name(),
                fresh.lifeDates(),
                fresh.nhsNumber(),
                LocalDate.ofInstant(permit.at(), clock.getZone()),
                permit.at());
        people.add(person);
        permit.handOver(Fact.of(
                        AuditAction.PERSON_REGISTERED,
                        RecordType.PERSON,
                        person.id().value())
                .about(person.id(), InformationCategory.BASIC_DETAILS));
        return person;
    }

    /**
     * The NHS number is already held. An organisation that sees the person is told who, to add them
     * instead; any other is told only that the person is known, so that it can ask for a referral.
     */
    private void refuseKnown(Actor actor, Person existing) {
        if (!access.familiesSeeing(actor, existing.id()).isEmpty()) {
            throw new ConflictException(
                    "nhs-number-already-registered",
                    "A person with this NHS number is already held (personId " + existing.id()
                            + "): add them by personId instead of registering them again.");
        }
        throw new ConflictException(
                "person-known",
                "A person with this NHS number is already known to Cradle, held by another organisation. Ask for"
                        + " a referral (POST /api/v1/referral-requests) to work with them.");
    }
}
