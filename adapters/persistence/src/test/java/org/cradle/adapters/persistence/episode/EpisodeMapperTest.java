package org.cradle.adapters.persistence.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.cradle.domain.episode.AllegationOutcome;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class EpisodeMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void a_reopened_episode_survives_the_round_trip_with_its_history_and_retention_dates() {
        Episode episode = Episode.open(
                EpisodeId.newId(),
                FamilyId.newId(),
                ServiceType.CHILD_PROTECTION,
                new OrganisationId("north-council"),
                new PractitionerRef("j.mensah"),
                LocalDate.of(2026, 1, 1),
                TODAY,
                AT);
        episode.close(0, LocalDate.of(2026, 3, 1), "Plan ended", TODAY);

        EpisodeEntity row = EpisodeMapper.copy(episode, new EpisodeEntity());

        assertThat(row.openedOn).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(row.closedOn).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(EpisodeMapper.toDomain(row)).usingRecursiveComparison().isEqualTo(episode);
    }

    @Test
    void an_allegations_outcome_survives_the_round_trip_with_who_found_it_why_and_who_recorded_it() {
        Episode episode = Episode.open(
                EpisodeId.newId(),
                FamilyId.newId(),
                ServiceType.ALLEGATION,
                new OrganisationId("north-council"),
                new PractitionerRef("j.mensah"),
                LocalDate.of(2026, 1, 1),
                TODAY,
                AT);
        AllegationOutcome outcome = new AllegationOutcome.Statement(
                        AllegationOutcome.Finding.MALICIOUS,
                        "Designated officer, case conclusion meeting",
                        "The referrer admitted inventing the account.")
                .recordedBy("j.mensah", AT);
        episode.close(0, LocalDate.of(2026, 3, 1), "Concluded", outcome, TODAY);

        EpisodeEntity row = EpisodeMapper.copy(episode, new EpisodeEntity());

        assertThat(row.periods.get(0).outcome.finding).isEqualTo("MALICIOUS");
        assertThat(EpisodeMapper.toDomain(row)).usingRecursiveComparison().isEqualTo(episode);
        assertThat(EpisodeMapper.toDomain(row).outcome()).contains(outcome);
    }

    @Test
    void a_closes_corrections_survive_the_round_trip_with_what_they_replaced() {
        Episode episode = Episode.open(
                EpisodeId.newId(),
                FamilyId.newId(),
                ServiceType.ALLEGATION,
                new OrganisationId("north-council"),
                new PractitionerRef("j.mensah"),
                LocalDate.of(2026, 1, 1),
                TODAY,
                AT);
        AllegationOutcome first = new AllegationOutcome.Statement(
                        AllegationOutcome.Finding.UNSUBSTANTIATED, "Designated officer", "Insufficient evidence.")
                .recordedBy("j.mensah", AT);
        episode.close(0, LocalDate.of(2026, 3, 1), null, first, TODAY);
        EpisodeEntity row = EpisodeMapper.copy(episode, new EpisodeEntity());
        Episode stored = EpisodeMapper.toDomain(row);
        stored.correctClosure(0, LocalDate.of(2026, 2, 20), null, "Closed on the wrong day.", "j.mensah", AT, TODAY);
        stored.correctClosure(
                0,
                null,
                new AllegationOutcome.Statement(AllegationOutcome.Finding.MALICIOUS, "LADO", "Admitted.")
                        .recordedBy("s.lead", AT),
                "Found malicious on review.",
                "s.lead",
                AT,
                TODAY);

        EpisodeMapper.copy(stored, row);

        assertThat(row.corrections).hasSize(2);
        assertThat(row.corrections.get(0).outcome).isNull();
        assertThat(row.corrections.get(1).outcomeBefore.finding).isEqualTo("UNSUBSTANTIATED");
        assertThat(EpisodeMapper.toDomain(row)).usingRecursiveComparison().isEqualTo(stored);
    }
}
