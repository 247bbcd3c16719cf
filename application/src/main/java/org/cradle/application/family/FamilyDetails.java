package org.cradle.application.family;

import java.util.List;
import org.cradle.domain.family.Family;
import org.cradle.domain.person.Person;

/**
 * A family with the people in it that the actor sees (a referred organisation sees only the people its
 * referral names); members not among {@code people} are not shown.
 */
public record FamilyDetails(Family family, List<Person> people) {

    public FamilyDetails {
        people = List.copyOf(people);
    }
}
