package org.cradle.application.access;

import java.time.LocalDate;
import java.util.Set;
import org.cradle.domain.access.Consented;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.family.FamilyId;

/**
 * What the consents in force of a family's members cover for an actor on a day, for direct support:
 * the coverage question asked for each member and category, with the actor (their organisation, each
 * of their roles, themselves) as recipient.
 */
public interface ConsentedInformation {

    Set<Consented> coveredFor(Actor actor, FamilyId family, LocalDate day);
}
