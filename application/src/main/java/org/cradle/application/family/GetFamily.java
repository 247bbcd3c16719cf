package org.cradle.application.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.person.People;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.Membership;
import org.cradle.domain.person.Person;

/**
 * Shows a family with the members the actor sees (a referred organisation: the people its referral
 * names); the family and every member shown are recorded as read.
 */
@ApplicationScoped
public class GetFamily {

    private final Access access;
    private final Families families;
    private final People people;

    public GetFamily(Access access, Families families, People people) {
        this.access = access;
        this.families = families;
        this.people = people;
    }

    @Transactional
    public FamilyDetails get(Actor actor, FamilyId id) {
        Permit permit = access.require(actor, new Need.SeeFamily(Capability.READ_FAMILY_RECORDS), id);
        Family family = families.require(id);
        List<Person> members = people.findAll(family.members().stream()
                .map(Membership::person)
                .filter(permit::sees)
                .toList());
        // One hand-over for the family and every member shown: the read is one unit of work on the hot path.
        List<Fact> read = new ArrayList<>();
        read.add(Fact.of(AuditAction.FAMILY_READ, RecordType.FAMILY, id.value()));
        members.forEach(person -> read.add(
                Fact.of(AuditAction.PERSON_READ, RecordType.PERSON, person.id().value())
                        .about(person.id(), InformationCategory.BASIC_DETAILS)));
        permit.handOver(read);
        return new FamilyDetails(family, members);
    }
}
