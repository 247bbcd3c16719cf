package org.cradle.contracts.referral;

import java.util.Optional;
import java.util.stream.Collectors;
import org.cradle.application.person.People;
import org.cradle.application.referral.Custodians;
import org.cradle.contracts.access.InMemoryInvolvements;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.domain.person.NhsNumber;

/** Who holds a person's records, read from the people, families and involvements held in memory. */
public final class InMemoryCustodians implements Custodians {

    private final People people;
    private final InMemoryFamilies families;
    private final InMemoryInvolvements involvements;

    public InMemoryCustodians(People people, InMemoryFamilies families, InMemoryInvolvements involvements) {
        this.people = people;
        this.families = families;
        this.involvements = involvements;
    }

    @Override
    public Optional<HeldPerson> ofNhsNumber(NhsNumber nhsNumber) {
        return people.findByNhsNumber(nhsNumber).map(person -> {
            var theirs = families.familiesOf(person.id());
            return new HeldPerson(
                    person.id(),
                    involvements.all().stream()
                            .filter(i -> i.custodian() && theirs.contains(i.family()))
                            .map(InMemoryInvolvements.Involvement::organisation)
                            .collect(Collectors.toSet()));
        });
    }
}
