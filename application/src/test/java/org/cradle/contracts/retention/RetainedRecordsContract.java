package org.cradle.contracts.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cradle.application.retention.RetainedRecords;
import org.cradle.contracts.PortContract;
import org.cradle.contracts.Uuids;
import org.cradle.contracts.video.VideosContract;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.AllegationOutcome;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.RetainedRecord;
import org.cradle.domain.retention.RetainedRecording;
import org.cradle.domain.video.Ownership;
import org.cradle.domain.video.Video;
import org.junit.jupiter.api.Test;

/**
 * What every source of retention facts answers: an episode's record with its organisation's sector,
 * the end of that organisation's work with the family (its latest close, none while one is open), an
 * allegation's finding, and the family's members with their dates; a family's records; a person's
 * families; and an organisation's families as a keyset.
 */
public abstract class RetainedRecordsContract extends PortContract {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final Instant CREATED = Instant.parse("2026-01-05T12:00:00Z");

    private final OrganisationId health = organisation("health");
    private final OrganisationId council = organisation("council");

    protected abstract RetainedRecords records();

    /** A person Cradle holds, born on {@code born}, dead on {@code died} (null: alive). */
    protected abstract PersonId person(LocalDate born, LocalDate died);

    /** A family of these members. */
    protected abstract FamilyId family(PersonId... members);

    /** The directory's entry for the organisation, in its sector. */
    protected abstract void organisation(OrganisationId organisation, Sector sector);

    /** An episode as a use case stores it. */
    protected abstract void store(Episode episode);

    /** A video as a use case stores it. */
    protected abstract void store(Video video);

    @Test
    void a_familys_recordings_are_those_still_kept_each_with_its_episode_its_summary_and_its_ownership() {
        organisation(health, Sector.HEALTH);
        FamilyId family = family(person(null, null));
        Episode episode = open(family, health, ServiceType.PARENT_INFANT_MENTAL_HEALTH, "2026-02-01");
        store(episode);
        Instant expires = CREATED.plus(Duration.ofDays(1));
        Practitioner by = new Practitioner("p.lead", health, Set.of(Role.PRACTITIONER));
        Video uploading = VideosContract.reserved(episode.id(), family, health, CREATED, expires);
        Video summarised =
                VideosContract.completed(VideosContract.reserved(episode.id(), family, health, CREATED, expires));
        summarised.summaryWritten(LocalDate.parse("2026-04-10"), by, TODAY);
        Video formal =
                VideosContract.completed(VideosContract.reserved(episode.id(), family, health, CREATED, expires));
        formal.decideOwnership(
                Ownership.FORMAL_RECORD, "Part of the infant's assessment.", by, CREATED.plusSeconds(60));
        Video abandoned = VideosContract.reserved(episode.id(), family, health, CREATED, expires);
        abandoned.abandon(CREATED.plusSeconds(30));
        Video elsewhere = VideosContract.reserved(episode.id(), family(person(null, null)), health, CREATED, expires);
        List.of(uploading, summarised, formal, abandoned, elsewhere).forEach(this::store);

        List<RetainedRecording> recordings = transaction(() -> records().recordingsOfFamily(family));

        assertThat(recordings)
                .extracting(RetainedRecording::id)
                .containsExactlyElementsOf(Stream.of(uploading, summarised, formal)
                        .map(video -> video.id().value())
                        .sorted(Uuids.ORDER)
                        .toList());
        assertThat(recordings).allSatisfy(recording -> {
            assertThat(recording.host()).isEqualTo(episode.id().value());
            assertThat(recording.createdOn()).isEqualTo(LocalDate.parse("2026-01-05"));
        });
        assertThat(recordings)
                .filteredOn(recording -> recording.id().equals(summarised.id().value()))
                .singleElement()
                .satisfies(recording -> {
                    assertThat(recording.summarisedOn()).isEqualTo(LocalDate.parse("2026-04-10"));
                    assertThat(recording.formalRecord()).isFalse();
                });
        assertThat(recordings)
                .filteredOn(recording -> recording.id().equals(formal.id().value()))
                .singleElement()
                .satisfies(recording -> {
                    assertThat(recording.summarisedOn()).isNull();
                    assertThat(recording.formalRecord()).isTrue();
                });
    }

    @Test
    void an_episodes_record_ends_with_the_latest_close_of_its_organisations_work_with_the_family() {
        organisation(health, Sector.HEALTH);
        PersonId mother = person(LocalDate.parse("1994-04-04"), null);
        PersonId infant = person(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01"));
        FamilyId family = family(mother, infant);
        Episode first = closed(family, health, ServiceType.HEALTH_VISITING, "2026-02-01", "2026-03-01");
        Episode second = closed(family, health, ServiceType.MIDWIFERY, "2026-02-01", "2026-06-30");
        store(first);
        store(second);

        RetainedRecord record =
                transaction(() -> records().ofEpisode(first.id())).orElseThrow();

        assertThat(record.type()).isEqualTo(RecordType.EPISODE);
        assertThat(record.id()).isEqualTo(first.id().value());
        assertThat(record.family()).isEqualTo(family);
        assertThat(record.organisation()).isEqualTo(health);
        assertThat(record.sector()).isEqualTo(Sector.HEALTH);
        assertThat(record.serviceType()).isEqualTo(ServiceType.HEALTH_VISITING);
        assertThat(record.createdOn()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(record.end()).as("the organisation's latest close").isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(record.finding()).isNull();
        assertThat(record.subjects())
                .as("oldest first, with their dates")
                .containsExactly(
                        new RetainedRecord.Subject(mother, LocalDate.parse("1994-04-04"), null),
                        new RetainedRecord.Subject(
                                infant, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01")));
        assertThat(transaction(() -> records().ofEpisode(EpisodeId.newId()))).isEmpty();
    }

    @Test
    void
            while_one_of_its_episodes_is_open_the_organisations_work_has_no_end_and_another_organisations_does_not_count() {
        PersonId mother = person(null, null);
        FamilyId family = family(mother);
        Episode closed = closed(family, council, ServiceType.EARLY_HELP, "2026-02-01", "2026-03-01");
        Episode open = open(family, council, ServiceType.CHILDRENS_CENTRE, "2026-04-01");
        Episode elsewhere = closed(family, health, ServiceType.HEALTH_VISITING, "2026-02-01", "2026-02-10");
        store(closed);
        store(open);
        store(elsewhere);

        assertThat(transaction(() -> records().ofEpisode(closed.id()))
                        .orElseThrow()
                        .end())
                .isNull();
        assertThat(transaction(() -> records().ofEpisode(elsewhere.id())).orElseThrow())
                .satisfies(record -> {
                    assertThat(record.end()).isEqualTo(LocalDate.parse("2026-02-10"));
                    assertThat(record.sector()).as("not in the directory").isNull();
                });
    }

    @Test
    void an_allegations_record_carries_the_finding_of_its_latest_close() {
        PersonId mother = person(null, null);
        FamilyId family = family(mother);
        Episode allegation = open(family, council, ServiceType.ALLEGATION, "2026-02-01");
        allegation.close(
                allegation.version(),
                LocalDate.parse("2026-03-01"),
                "Concluded.",
                new AllegationOutcome.Statement(AllegationOutcome.Finding.UNFOUNDED, "LADO", "No basis.")
                        .recordedBy("l.officer", CREATED),
                TODAY);
        store(allegation);

        assertThat(transaction(() -> records().ofEpisode(allegation.id()))
                        .orElseThrow()
                        .finding())
                .isEqualTo(AllegationOutcome.Finding.UNFOUNDED);
    }

    @Test
    void a_familys_records_are_every_episode_with_it_whichever_organisations_and_a_person_has_their_families() {
        PersonId mother = person(null, null);
        PersonId infant = person(LocalDate.parse("2026-01-01"), null);
        FamilyId family = family(mother, infant);
        FamilyId other = family(mother);
        Episode council1 = open(family, council, ServiceType.EARLY_HELP, "2026-02-01");
        Episode health1 = closed(family, health, ServiceType.HEALTH_VISITING, "2026-02-01", "2026-02-10");
        Episode elsewhere = open(other, council, ServiceType.EARLY_HELP, "2026-02-01");
        List.of(council1, health1, elsewhere).forEach(this::store);

        List<RetainedRecord> ofFamily = transaction(() -> records().ofFamily(family));

        assertThat(ofFamily)
                .extracting(RetainedRecord::id)
                .as("by id")
                .containsExactlyElementsOf(
                        List.of(council1.id().value(), health1.id().value()).stream()
                                .sorted(Uuids.ORDER)
                                .toList());
        assertThat(ofFamily).allSatisfy(record -> assertThat(record.subjects()).hasSize(2));
        assertThat(transaction(() -> records().ofFamily(FamilyId.newId()))).isEmpty();
        assertThat(transaction(() -> records().familiesOf(mother)))
                .containsExactlyElementsOf(List.of(family, other).stream()
                        .sorted(Comparator.comparing(FamilyId::value, Uuids.ORDER))
                        .toList());
        assertThat(transaction(() -> records().familiesOf(PersonId.newId()))).isEmpty();
    }

    @Test
    void an_organisations_families_are_read_as_a_keyset_each_once() {
        PersonId mother = person(null, null);
        List<FamilyId> families = List.of(family(mother), family(mother), family(mother));
        for (FamilyId family : families) {
            store(open(family, council, ServiceType.EARLY_HELP, "2026-02-01"));
            store(open(family, council, ServiceType.CHILDRENS_CENTRE, "2026-02-01"));
        }
        store(open(family(mother), health, ServiceType.HEALTH_VISITING, "2026-02-01"));
        List<FamilyId> ordered = families.stream()
                .sorted(Comparator.comparing(FamilyId::value, Uuids.ORDER))
                .toList();

        List<FamilyId> first = transaction(() -> records().familiesWorkedBy(council, null, 2));
        List<FamilyId> rest = transaction(() -> records().familiesWorkedBy(council, first.get(1), 2));

        assertThat(first).containsExactly(ordered.get(0), ordered.get(1));
        assertThat(rest).containsExactly(ordered.get(2));
        assertThat(transaction(() -> records().familiesWorkedBy(council, ordered.get(2), 2)))
                .isEmpty();
    }

    private static Episode open(FamilyId family, OrganisationId organisation, ServiceType type, String openedOn) {
        return Episode.open(
                EpisodeId.newId(),
                family,
                type,
                organisation,
                new PractitionerRef("l.lead"),
                LocalDate.parse(openedOn),
                TODAY,
                CREATED);
    }

    private static Episode closed(
            FamilyId family, OrganisationId organisation, ServiceType type, String openedOn, String closedOn) {
        Episode episode = open(family, organisation, type, openedOn);
        episode.close(episode.version(), LocalDate.parse(closedOn), "Work done.", TODAY);
        return episode;
    }
}
