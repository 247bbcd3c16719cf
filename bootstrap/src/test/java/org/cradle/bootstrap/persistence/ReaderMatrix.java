package org.cradle.bootstrap.persistence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cradle.domain.access.Consented;
import org.cradle.domain.access.ReferralGrant;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Every kind of reader the access policy tells apart, for the tests that hold its SQL halves to its
 * in-memory decision: roles of the organisation {@code own} (author, practitioner, team manager,
 * safeguarding lead, both), and its relationships with a family on every ground — custodian, referrals
 * from {@code referrer} for everyone or for named people, a share from {@code other}, a share alone,
 * consent — each as lead, on the team, or neither.
 */
record ReaderMatrix(List<Actor> actors, List<Relationship> relationships) {

    static ReaderMatrix of(
            OrganisationId own, OrganisationId referrer, OrganisationId other, PersonId infant, PersonId mother) {
        ReferralGrant everyoneBasicAndMentalHealth = new ReferralGrant(
                referrer, Set.of(), EnumSet.of(InformationCategory.BASIC_DETAILS, InformationCategory.MENTAL_HEALTH));
        ReferralGrant infantEverything =
                new ReferralGrant(referrer, Set.of(infant), EnumSet.allOf(InformationCategory.class));
        ReferralGrant motherBasic =
                new ReferralGrant(referrer, Set.of(mother), EnumSet.of(InformationCategory.BASIC_DETAILS));
        ReferralGrant sharedInfant = new ReferralGrant(
                other,
                Set.of(infant),
                EnumSet.of(
                        InformationCategory.BASIC_DETAILS,
                        InformationCategory.DEVELOPMENT_AND_HEALTH,
                        InformationCategory.DOMESTIC_ABUSE));
        Set<Consented> consented = Set.of(
                new Consented(mother, InformationCategory.MENTAL_HEALTH),
                new Consented(infant, InformationCategory.MENTAL_HEALTH),
                new Consented(infant, InformationCategory.BASIC_DETAILS));
        List<Relationship> relationships = new ArrayList<>();
        for (boolean lead : List.of(true, false)) {
            for (boolean team : List.of(true, false)) {
                relationships.add(new Relationship(true, List.of(), true, lead, team, false));
                relationships.add(
                        new Relationship(false, List.of(everyoneBasicAndMentalHealth), true, lead, team, false));
                relationships.add(
                        new Relationship(false, List.of(infantEverything, motherBasic), lead, lead, team, false));
                relationships.add(new Relationship(false, List.of(motherBasic), true, lead, team, false)
                        .sharing(List.of(sharedInfant)));
                relationships.add(
                        new Relationship(true, List.of(), true, lead, team, false).sharing(List.of(sharedInfant)));
                relationships.add(
                        new Relationship(false, List.of(motherBasic), true, lead, team, false).consenting(consented));
            }
        }
        // a share alone: the family is not opened, the shared records are
        relationships.add(Relationship.NONE.sharing(List.of(sharedInfant)));
        List<Actor> actors = List.of(
                new Practitioner("v.author", own, Set.of(Role.PRACTITIONER)),
                new Practitioner("v.reader", own, Set.of(Role.PRACTITIONER)),
                new Practitioner("v.manager", own, Set.of(Role.TEAM_MANAGER)),
                new Practitioner("v.lead", own, Set.of(Role.SAFEGUARDING_LEAD)),
                new Practitioner("v.both", own, Set.of(Role.TEAM_MANAGER, Role.PRACTITIONER)));
        return new ReaderMatrix(actors, relationships);
    }

    /** Break-glass: everything of the family, read-only. */
    static Relationship breakGlass() {
        return new Relationship(false, List.of(), false, false, false, true);
    }
}
