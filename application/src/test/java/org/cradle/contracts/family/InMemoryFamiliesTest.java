package org.cradle.contracts.family;

import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.contracts.person.InMemoryPeople;

class InMemoryFamiliesTest extends FamiliesContract {

    private final InMemoryFamilies families = new InMemoryFamilies();
    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected Families families() {
        return families;
    }

    @Override
    protected People people() {
        return people;
    }
}
