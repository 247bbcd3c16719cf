package org.cradle.application.family;

import java.util.List;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.Visibility;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/** The families Cradle holds. */
public interface Families {

    Optional<Family> find(FamilyId id);

    /** The family, or a not-found error naming it. */
    default Family require(FamilyId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("family", id));
    }

    /**
     * The family, held for a change until the transaction ends: concurrent changes to one family
     * (two members added at once) wait for each other instead of failing on a version neither caller
     * sent. A stale version the caller did send is still refused by {@link #update}.
     */
    Family requireForChange(FamilyId id);

    void add(Family family);

    /** Stores a changed family and returns it as stored, with its new version; refuses with a stale-version error if it changed meanwhile. */
    Family update(Family family);

    /**
     * Families matching the search that the visibility shows, in a stable order: by name, then by id.
     * Member criteria match only members the actor sees, so a search cannot reveal who else is in a
     * family; the total counts only visible families. A page resumes after a family the visibility
     * shows ({@link PageRequest#after()}); after any other it is refused, so that a cursor cannot place
     * a hidden family's name among the visible ones. Every page but the last says how to resume.
     */
    Page<FamilyListing> search(FamilySearch search, Visibility visibility, PageRequest page);

    /** The families a person belongs to. */
    List<FamilyId> familiesOf(PersonId person);
}
