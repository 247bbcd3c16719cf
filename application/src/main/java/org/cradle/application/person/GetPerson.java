package org.cradle.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;

/** Shows one person and those of their families in which the actor sees them. */
@ApplicationScoped
public class GetPerson {

    private final Access access;
    private final People people;

    public GetPerson(Access access, People people) {
        this.access = access;
        this.people = people;
    }

    @Transactional
    public PersonDetails get(Actor actor, PersonId id) {
        Access.PersonPermit allowed = access.requireForPersonInFamilies(
                actor, p -> new Need.SeePerson(p, Capability.READ_FAMILY_RECORDS), id);
        Person person = people.require(id);
        allowed.permit()
                .handOver(Fact.of(AuditAction.PERSON_READ, RecordType.PERSON, id.value())
                        .about(id, InformationCategory.BASIC_DETAILS));
        return new PersonDetails(person, allowed.families());
    }
}
