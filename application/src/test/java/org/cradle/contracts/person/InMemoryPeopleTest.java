package org.cradle.contracts.person;

import org.cradle.application.person.People;

class InMemoryPeopleTest extends PeopleContract {

    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected People people() {
        return people;
    }
}
