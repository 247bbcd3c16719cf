package org.cradle.application.family;

import org.cradle.domain.Text;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;

/**
 * What to look for; every criterion is optional and they combine with AND.
 *
 * @param name part of the family's name, any case
 * @param personName part of a member's given or family name, any case
 * @param nhsNumber a member's NHS number, exactly
 * @param person a member
 */
public record FamilySearch(String name, String personName, NhsNumber nhsNumber, PersonId person) {

    public FamilySearch {
        name = Text.optional("name", name, FamilyName.MAX_LENGTH);
        personName = Text.optional("person", personName, PersonName.MAX_LENGTH);
    }
}
