package org.cradle.application.casenote;

import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.person.PersonId;

/**
 * A note is written into the records of the people it is about: each must be one the actor's
 * organisation works with. A referred organisation writes only about the people its referral names.
 */
final class NoteSubjects {

    private NoteSubjects() {}

    static void requireSeen(Access access, Actor actor, Permit permit, NoteContent content) {
        for (PersonId person : content.about()) {
            if (!permit.sees(person)) {
                // refused through the access service, so that the refusal is audited like any other
                access.require(
                        actor,
                        new Need.SeePerson(person, Capability.WRITE_CASE_NOTES),
                        permit.family(),
                        RecordType.PERSON,
                        person.value());
            }
        }
    }
}
