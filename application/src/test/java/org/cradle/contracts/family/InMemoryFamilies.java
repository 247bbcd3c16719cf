package org.cradle.contracts.family;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.family.Families;
import org.cradle.application.family.FamilyListing;
import org.cradle.application.family.FamilySearch;
import org.cradle.contracts.Uuids;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.Visibility;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/**
 * Families in memory: a change refused unless made to the version stored. The search, with its
 * visibility compiled to SQL and its resumable pages, is the PostgreSQL adapter's alone (ADR 13, 14):
 * no use case test needs it.
 */
public final class InMemoryFamilies implements Families {

    private final Map<FamilyId, Family> families = new LinkedHashMap<>();

    @Override
    public Optional<Family> find(FamilyId id) {
        return Optional.ofNullable(families.get(id)).map(f -> copy(f, f.version()));
    }

    @Override
    public Family requireForChange(FamilyId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("family", id));
    }

    @Override
    public void add(Family family) {
        families.put(family.id(), copy(family, family.version()));
    }

    @Override
    public Family update(Family family) {
        Family stored = families.get(family.id());
        if (stored == null) {
            throw new IllegalStateException("update of a family never added: " + family.id());
        }
        if (stored.version() != family.version()) {
            throw new StaleVersionException("family", family.id(), family.version(), stored.version());
        }
        Family next = copy(family, family.version() + 1);
        families.put(family.id(), next);
        return copy(next, next.version());
    }

    @Override
    public Page<FamilyListing> search(FamilySearch search, Visibility visibility, PageRequest page) {
        throw new UnsupportedOperationException("the family search is PostgreSQL's (ADR 13)");
    }

    /** By name, case aside, then by id, as the adapter orders them. */
    @Override
    public List<FamilyId> familiesOf(PersonId person) {
        return families.values().stream()
                .filter(f -> f.membershipOf(person).isPresent())
                .sorted(Comparator.comparing((Family f) -> f.name().value().toLowerCase())
                        .thenComparing(f -> f.id().value(), Uuids.ORDER))
                .map(Family::id)
                .toList();
    }

    /** Every family held, as stored. */
    public List<Family> all() {
        return families.values().stream().map(f -> copy(f, f.version())).toList();
    }

    private static Family copy(Family family, long version) {
        return Family.reconstitute(
                family.id(), family.name(), family.recordKeepingMode(), family.members(), family.createdAt(), version);
    }
}
