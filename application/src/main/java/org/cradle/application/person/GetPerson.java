package org.cradle.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;

/** Shows one person and the families they belong to. */
@ApplicationScoped
public class GetPerson {

    private final People people;
    private final Families families;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public GetPerson(People people, Families families, AuditTrail auditTrail, Clock clock) {
        this.people = people;
        this.families = families;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public PersonDetails get(Actor actor, PersonId id) {
        AccessPolicy.require(actor, Capability.READ_FAMILY_RECORDS);
        Person person = people.require(id);
        auditTrail.record(actor, AuditAction.PERSON_READ, RecordType.PERSON, id.value(), null, clock.instant());
        return new PersonDetails(person, families.familiesOf(id));
    }
}
