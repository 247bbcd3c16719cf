package org.cradle.application.access;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/** The facts the access policy needs about an actor and a family, each read in one statement. */
public interface Relationships {

    /** The actor's relationship with the family at {@code at}; empty when Cradle holds no such family. */
    Optional<Relationship> with(Actor actor, FamilyId family, Instant at);

    /**
     * The actor's relationship with each family the person belongs to; empty when Cradle holds no such
     * person.
     */
    Optional<Map<FamilyId, Relationship>> withFamiliesOf(Actor actor, PersonId person, Instant at);
}
