package org.cradle.application.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.person.People;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.Membership;
import org.cradle.domain.person.Person;

/** Shows a family with its members; the family and every member shown are recorded as read. */
@ApplicationScoped
public class GetFamily {

    private final Families families;
    private final People people;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public GetFamily(Families families, People people, AuditTrail auditTrail, Clock clock) {
        this.families = families;
        this.people = people;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public FamilyDetails get(Actor actor, FamilyId id) {
        AccessPolicy.require(actor, Capability.READ_FAMILY_RECORDS);
        Family family = families.require(id);
        List<Person> members =
                people.findAll(family.members().stream().map(Membership::person).toList());
        Instant now = clock.instant();
        auditTrail.record(actor, AuditAction.FAMILY_READ, RecordType.FAMILY, id.value(), id, now);
        members.forEach(person -> auditTrail.record(
                actor, AuditAction.PERSON_READ, RecordType.PERSON, person.id().value(), id, now));
        return new FamilyDetails(family, members);
    }
}
