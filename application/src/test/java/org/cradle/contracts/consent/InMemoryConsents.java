package org.cradle.contracts.consent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.consent.Consents;
import org.cradle.application.family.Families;
import org.cradle.contracts.Paging;
import org.cradle.contracts.Uuids;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.consent.TeamAroundTheFamily;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Consents in memory, versions only ever added. What is in force on a day is, as in the database, each
 * consent's latest version to have taken effect by then, whatever it says (a withdrawal included: the
 * coverage question reads it). The team around the family that the database joins from the episodes is
 * not known here: {@link TeamAroundTheFamily#NONE}.
 */
public final class InMemoryConsents implements Consents {

    private final Map<ConsentId, Consent> consents = new LinkedHashMap<>();
    private final Families families;

    /** @param families the families, whose members {@link #membersWithConsentsInForce} answers for */
    public InMemoryConsents(Families families) {
        this.families = families;
    }

    @Override
    public Optional<Consent> find(ConsentId id) {
        return Optional.ofNullable(consents.get(id)).map(InMemoryConsents::copy);
    }

    @Override
    public void add(Consent consent) {
        consents.put(consent.id(), copy(consent));
    }

    @Override
    public void update(Consent consent) {
        Consent stored = consents.get(consent.id());
        if (stored == null) {
            throw new IllegalStateException("update of a consent never added: " + consent.id());
        }
        if (consent.versions().size() != stored.versions().size() + 1) {
            throw new StaleVersionException("consent", consent.id());
        }
        consents.put(consent.id(), copy(consent));
    }

    @Override
    public Page<Consent> ofFamily(FamilyId family, VisibleRecords visible, PageRequest page) {
        return Paging.page(
                oldestFirst()
                        .filter(c -> c.family().equals(family) && visible.sees(HeldRecord.of(c)))
                        .toList(),
                page);
    }

    @Override
    public List<Consent> ofSubject(PersonId person) {
        return oldestFirst().filter(c -> c.subject().equals(person)).toList();
    }

    @Override
    public List<ConsentInForce> inForce(PersonId subject, LocalDate day) {
        return consents.values().stream()
                .filter(c -> c.subject().equals(subject))
                .flatMap(c -> c.versionOn(day).stream()
                        .map(version -> new ConsentInForce(c.id(), c.family(), version, TeamAroundTheFamily.NONE)))
                .toList();
    }

    @Override
    public Map<PersonId, List<ConsentInForce>> membersWithConsentsInForce(
            FamilyId family, Set<PersonId> subjects, LocalDate day) {
        Map<PersonId, List<ConsentInForce>> members = new LinkedHashMap<>();
        families.find(family).ifPresent(held -> held.members()
                .forEach(m ->
                        members.put(m.person(), subjects.contains(m.person()) ? inForce(m.person(), day) : List.of())));
        return members;
    }

    @Override
    public Page<Consent> dueForReview(OrganisationId organisation, LocalDate day, PageRequest page) {
        return Paging.page(
                consents.values().stream()
                        .filter(c -> c.organisation().equals(organisation))
                        .filter(c -> status(c.current()) == ConsentStatus.GIVEN
                                && !c.current().terms().reviewBy().isAfter(day))
                        .sorted(Comparator.comparing(
                                        (Consent c) -> c.current().terms().reviewBy())
                                .thenComparing(c -> c.id().value(), Uuids.ORDER))
                        .map(InMemoryConsents::copy)
                        .toList(),
                page);
    }

    /** The current version's status as the database keeps it: as decided, not as of a day. */
    private static ConsentStatus status(ConsentVersion version) {
        return version.statusOn(version.terms().reviewBy());
    }

    private java.util.stream.Stream<Consent> oldestFirst() {
        return consents.values().stream()
                .sorted(Comparator.comparing((Consent c) -> c.versions().get(0).recordedAt())
                        .thenComparing(c -> c.id().value(), Uuids.ORDER))
                .map(InMemoryConsents::copy);
    }

    private static Consent copy(Consent consent) {
        return Consent.reconstitute(
                consent.id(),
                consent.family(),
                consent.subject(),
                consent.grantor(),
                consent.organisation(),
                consent.versions());
    }
}
