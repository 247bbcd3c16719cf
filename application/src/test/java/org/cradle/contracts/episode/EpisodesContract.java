package org.cradle.contracts.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cradle.application.PageRequest;
import org.cradle.application.episode.Episodes;
import org.cradle.contracts.PortContract;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * What every store of episodes does: keeps each with its periods, stores a change only onto the version
 * it was made from, and lists a family's episodes the reader sees, most recently opened first, filtered
 * before paging.
 */
public abstract class EpisodesContract extends PortContract {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    private final OrganisationId own = organisation("own");
    private final OrganisationId other = organisation("other");

    protected abstract Episodes episodes();

    /** A family Cradle holds. */
    protected abstract FamilyId family();

    @Test
    void an_episode_reads_back_with_its_periods_and_a_change_is_stored_onto_the_version_read() {
        Episode opened = episode(family(), own, "2026-10-01");
        transaction(() -> episodes().add(opened));

        Episode read = transaction(() -> episodes().require(opened.id()));
        assertThat(read.periods()).isEqualTo(opened.periods());
        assertThat(read.leadPractitioner()).isEqualTo(opened.leadPractitioner());
        assertThat(read.createdAt()).isEqualTo(opened.createdAt());
        read.close(read.version(), LocalDate.parse("2026-11-01"), "Work done.", TODAY);
        Episode stored = transaction(() -> episodes().update(read));

        assertThat(stored.version()).isEqualTo(read.version() + 1);
        assertThat(transaction(() -> episodes().require(opened.id())).closedOn())
                .contains(LocalDate.parse("2026-11-01"));
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> transaction(() -> episodes().update(read)));
        assertThat(transaction(() -> episodes().find(EpisodeId.newId()))).isEmpty();
    }

    @Test
    void a_familys_episodes_are_those_the_reader_sees_most_recently_opened_first_filtered_before_paging() {
        FamilyId family = family();
        Episode first = episode(family, own, "2026-09-01");
        Episode theirs = episode(family, other, "2026-09-15");
        Episode latest = episode(family, own, "2026-10-01");
        transaction(() -> List.of(first, theirs, latest).forEach(episodes()::add));
        VisibleRecords ownStaff = AccessPolicy.visibleRecords(
                Actor.practitioner("e.reader", own, Set.of(Role.PRACTITIONER)),
                new Relationship(true, List.of(), true, false, false, false));

        var all = transaction(() -> episodes().ofFamily(family, ownStaff, new PageRequest(0, 10)));
        var second = transaction(() -> episodes().ofFamily(family, ownStaff, new PageRequest(1, 1)));

        assertThat(all.items()).extracting(Episode::id).containsExactly(latest.id(), first.id());
        assertThat(all.totalItems())
                .as("the other organisation's is not counted")
                .isEqualTo(2);
        assertThat(second.items()).extracting(Episode::id).containsExactly(first.id());
    }

    private static Episode episode(FamilyId family, OrganisationId organisation, String openedOn) {
        return Episode.open(
                EpisodeId.newId(),
                family,
                ServiceType.EARLY_HELP,
                organisation,
                new PractitionerRef("e.lead"),
                LocalDate.parse(openedOn),
                TODAY,
                at("2026-11-20T09:00:00Z"));
    }
}
