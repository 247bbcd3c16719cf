package org.cradle.application.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/** Consents and all their versions. Versions are only ever added. */
public interface Consents {

    Optional<Consent> find(ConsentId id);

    default Consent require(ConsentId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("consent", id));
    }

    void add(Consent consent);

    /**
     * Stores the versions added to a consent since it was read; refuses with a stale-version error if
     * another version was added meanwhile.
     */
    void update(Consent consent);

    /** A family's consents, oldest first. */
    Page<Consent> ofFamily(FamilyId family, VisibleRecords visible, PageRequest page);

    /** Every consent whose subject is {@code person}, oldest first. */
    List<Consent> ofSubject(PersonId person);

    /**
     * The subject's consent versions in force on {@code day}, each with the team around its family
     * that day: the whole input of a coverage question, from one query.
     */
    List<ConsentInForce> inForce(PersonId subject, LocalDate day);

    /**
     * Every member of the family, each with their consent versions in force on {@code day} as {@link
     * #inForce} gives them if they are among {@code subjects}, and none otherwise: who belongs to the
     * family and what the subjects' consents cover, from one query. Consents of anyone else are not read.
     */
    Map<PersonId, List<ConsentInForce>> membersWithConsentsInForce(
            FamilyId family, Set<PersonId> subjects, LocalDate day);

    /**
     * Consents first recorded by {@code organisation} whose current version is a given consent due
     * for review by {@code day} (including those already past it), soonest due first.
     */
    Page<Consent> dueForReview(OrganisationId organisation, LocalDate day, PageRequest page);
}
