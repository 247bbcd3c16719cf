package org.cradle.contracts.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cradle.application.PageRequest;
import org.cradle.application.consent.Consents;
import org.cradle.contracts.PortContract;
import org.cradle.contracts.Uuids;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.NotesKeptIn;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * What every store of consents does: versions only added, each onto the version read; a subject's
 * consents oldest first; the version of each in force on a day (the latest to have taken effect by
 * then, a withdrawal included), for one subject or for the members of a family; and an organisation's
 * given consents due for review, soonest first. The team around the family that comes with a consent in
 * force is the database's to join (the fake knows none), so it is not asserted here.
 */
public abstract class ConsentsContract extends PortContract {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final Instant NOW = at("2026-11-20T12:00:00Z");

    private final OrganisationId own = organisation("own");
    private final Actor recorder = Actor.practitioner("c.recorder", own, Set.of(Role.PRACTITIONER));

    protected abstract Consents consents();

    /** A family Cradle holds, with two members: a mother and her infant. */
    protected abstract Family family();

    @Test
    void a_consent_reads_back_with_its_versions_and_a_version_is_added_only_onto_the_one_read() {
        Family family = family();
        PersonId mother = family.members().get(0).person();
        Consent given = consent(family, mother, TODAY.minusDays(10), TODAY.plusMonths(6));
        transaction(() -> consents().add(given));

        Consent read = transaction(() -> consents().require(given.id()));
        assertThat(read.versions()).isEqualTo(given.versions());
        Consent stale = transaction(() -> consents().require(given.id()));
        read.withdraw(1, TODAY, recorder, TODAY, NOW);
        transaction(() -> consents().update(read));
        stale.withdraw(1, TODAY, recorder, TODAY, NOW.plusSeconds(1));

        assertThat(transaction(() -> consents().require(given.id())).versions())
                .extracting(ConsentVersion::number)
                .containsExactly(1, 2);
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> transaction(() -> consents().update(stale)));
        assertThat(transaction(() -> consents().find(ConsentId.newId()))).isEmpty();
    }

    @Test
    void the_version_in_force_on_a_day_is_the_latest_to_have_taken_effect_by_then_for_a_subject_or_a_family() {
        Family family = family();
        PersonId mother = family.members().get(0).person();
        PersonId infant = family.members().get(1).person();
        Consent older =
                consent(family, mother, TODAY.minusDays(20), TODAY.plusMonths(6), recorder, NOW.minusSeconds(60));
        Consent later = consent(family, mother, TODAY.minusDays(5), TODAY.plusMonths(6));
        transaction(() -> {
            consents().add(later);
            consents().add(older);
        });
        transaction(() -> {
            Consent withdrawing = consents().require(older.id());
            withdrawing.withdraw(1, TODAY.minusDays(2), recorder, TODAY, NOW);
            consents().update(withdrawing);
        });

        assertThat(transaction(() -> consents().ofSubject(mother)))
                .extracting(Consent::id)
                .as("oldest first, whatever the order they were added in")
                .containsExactly(older.id(), later.id());
        assertThat(transaction(() -> consents().ofSubject(infant))).isEmpty();
        assertThat(inForce(mother, TODAY.minusDays(10))).containsExactly(older.id() + "#1");
        assertThat(inForce(mother, TODAY)).containsExactlyInAnyOrder(older.id() + "#2", later.id() + "#1");
        assertThat(inForce(mother, TODAY.minusDays(30))).isEmpty();
        var members = transaction(() -> consents().membersWithConsentsInForce(family.id(), Set.of(mother), TODAY));
        assertThat(members).containsOnlyKeys(mother, infant);
        assertThat(members.get(mother)).hasSize(2);
        assertThat(members.get(infant)).as("not asked about").isEmpty();
    }

    @Test
    void an_organisations_given_consents_due_for_review_come_soonest_first() {
        Family family = family();
        PersonId mother = family.members().get(0).person();
        Consent dueLater = consent(family, mother, TODAY.minusDays(30), TODAY.plusDays(10));
        Consent dueSoon = consent(family, mother, TODAY.minusDays(30), TODAY.plusDays(3));
        Consent notDue = consent(family, mother, TODAY.minusDays(30), TODAY.plusMonths(6));
        Consent withdrawn = consent(family, mother, TODAY.minusDays(30), TODAY.plusDays(1));
        withdrawn.withdraw(1, TODAY, recorder, TODAY, NOW);
        transaction(() -> List.of(dueLater, dueSoon, notDue, withdrawn).forEach(consents()::add));

        var due = transaction(() -> consents().dueForReview(own, TODAY.plusDays(14), new PageRequest(0, 10)));

        assertThat(due.items()).extracting(Consent::id).containsExactly(dueSoon.id(), dueLater.id());
        assertThat(due.totalItems()).isEqualTo(2);
        assertThat(transaction(() -> consents().dueForReview(own, TODAY.plusDays(14), new PageRequest(1, 1)))
                        .items())
                .extracting(Consent::id)
                .containsExactly(dueLater.id());
        assertThat(transaction(() -> consents().dueForReview(own, TODAY.plusDays(5), new PageRequest(0, 10)))
                        .items())
                .as("not yet due by then")
                .extracting(Consent::id)
                .containsExactly(dueSoon.id());
        assertThat(transaction(() -> consents()
                                .dueForReview(organisation("other"), TODAY.plusDays(14), new PageRequest(0, 10)))
                        .items())
                .isEmpty();
    }

    @Test
    void a_familys_consents_are_those_the_reader_sees_oldest_first_filtered_before_paging_ties_by_id() {
        Family family = family();
        PersonId mother = family.members().get(0).person();
        PersonId infant = family.members().get(1).person();
        OrganisationId other = organisation("other");
        Actor otherRecorder = Actor.practitioner("c.other", other, Set.of(Role.PRACTITIONER));
        Consent first =
                consent(family, mother, TODAY.minusDays(30), TODAY.plusMonths(6), recorder, NOW.minusSeconds(120));
        Consent theirs =
                consent(family, mother, TODAY.minusDays(30), TODAY.plusMonths(6), otherRecorder, NOW.minusSeconds(60));
        Consent twinA = consent(family, mother, TODAY.minusDays(30), TODAY.plusMonths(6), recorder, NOW);
        Consent twinB = consent(family, infant, TODAY.minusDays(30), TODAY.plusMonths(6), recorder, NOW);
        transaction(() -> List.of(twinB, theirs, twinA, first).forEach(consents()::add));
        List<ConsentId> twins = List.of(twinA.id(), twinB.id()).stream()
                .sorted(Comparator.comparing(ConsentId::value, Uuids.ORDER))
                .toList();
        VisibleRecords ownStaff = AccessPolicy.visibleRecords(
                Actor.practitioner("c.reader", own, Set.of(Role.PRACTITIONER)),
                new Relationship(true, List.of(), true, false, false, false));

        var all = transaction(() -> consents().ofFamily(family.id(), ownStaff, new PageRequest(0, 10)));
        var second = transaction(() -> consents().ofFamily(family.id(), ownStaff, new PageRequest(1, 1)));

        assertThat(all.items()).extracting(Consent::id).containsExactly(first.id(), twins.get(0), twins.get(1));
        assertThat(all.totalItems())
                .as("the other organisation's is not counted")
                .isEqualTo(3);
        assertThat(all.items().get(0).versions()).isEqualTo(first.versions());
        assertThat(second.items()).extracting(Consent::id).containsExactly(twins.get(0));
        assertThat(second.totalItems()).isEqualTo(3);
        assertThat(transaction(() -> consents().ofFamily(FamilyId.newId(), ownStaff, new PageRequest(0, 10)))
                        .items())
                .isEmpty();
    }

    private List<String> inForce(PersonId subject, LocalDate day) {
        return transaction(() -> consents().inForce(subject, day)).stream()
                .map((ConsentInForce c) -> c.consent() + "#" + c.version().number())
                .toList();
    }

    private Consent consent(Family family, PersonId subject, LocalDate from, LocalDate reviewBy) {
        return consent(family, subject, from, reviewBy, recorder, NOW);
    }

    /** A consent given by {@code subject}, as {@code by} recorded it at {@code recordedAt}. */
    private Consent consent(
            Family family, PersonId subject, LocalDate from, LocalDate reviewBy, Actor by, Instant recordedAt) {
        return Consent.record(
                ConsentId.newId(),
                family.id(),
                subject,
                subject,
                Decision.GIVEN,
                new ConsentTerms(
                        EnumSet.of(Purpose.DIRECT_SUPPORT),
                        List.of(Recipient.organisation(own)),
                        EnumSet.of(InformationCategory.BASIC_DETAILS),
                        Set.of(),
                        NotesKeptIn.LINKED_RECORDS,
                        ConsentMethod.EXPLICIT_WRITTEN,
                        from,
                        reviewBy,
                        null),
                by,
                TODAY,
                recordedAt);
    }
}
