package org.cradle.contracts.referral;

import org.cradle.application.access.Involvements;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.application.referral.Custodians;
import org.cradle.contracts.access.InMemoryInvolvements;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.contracts.person.InMemoryPeople;

class InMemoryCustodiansTest extends CustodiansContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryFamilies families = new InMemoryFamilies();
    private final InMemoryInvolvements involvements = new InMemoryInvolvements();
    private final InMemoryCustodians custodians = new InMemoryCustodians(people, families, involvements);

    @Override
    protected Custodians custodians() {
        return custodians;
    }

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Families families() {
        return families;
    }

    @Override
    protected Involvements involvements() {
        return involvements;
    }
}
