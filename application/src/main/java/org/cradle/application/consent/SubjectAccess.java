package org.cradle.application.consent;

import jakarta.enterprise.context.Dependent;
import org.cradle.application.family.Families;
import org.cradle.application.family.FamilyWork;
import org.cradle.application.person.People;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.person.PersonId;

/**
 * Reading a person's consents across their families: allowed to an organisation that works or has
 * worked with any of them. Not a use case but a check they share.
 */
@Dependent
public class SubjectAccess {

    private final People people;
    private final Families families;
    private final FamilyWork familyWork;

    public SubjectAccess(People people, Families families, FamilyWork familyWork) {
        this.people = people;
        this.families = families;
        this.familyWork = familyWork;
    }

    public void requireReadable(Actor actor, PersonId person) {
        people.require(person);
        familyWork.requireForAny(actor, Capability.READ_CONSENTS, families.familiesOf(person), FamilyWork.Need.READ);
    }
}
