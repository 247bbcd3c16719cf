package org.cradle.contracts.retention;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cradle.application.organisation.Organisations;
import org.cradle.application.person.People;
import org.cradle.application.retention.RetainedRecords;
import org.cradle.contracts.Uuids;
import org.cradle.contracts.episode.InMemoryEpisodes;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.contracts.video.InMemoryVideos;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.EpisodePeriod;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.Organisation;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.RetainedRecord;
import org.cradle.domain.retention.RetainedRecording;
import org.cradle.domain.video.Ownership;
import org.cradle.domain.video.VideoState;

/** Episodes' and recordings' retention facts read from the people, families, episodes, directory and videos in memory. */
public final class InMemoryRetainedRecords implements RetainedRecords {

    private static final Comparator<FamilyId> BY_ID = Comparator.comparing(FamilyId::value, Uuids.ORDER);

    private final People people;
    private final InMemoryFamilies families;
    private final InMemoryEpisodes episodes;
    private final Organisations directory;
    private final InMemoryVideos videos;
    private final ZoneId zone;

    public InMemoryRetainedRecords(
            People people,
            InMemoryFamilies families,
            InMemoryEpisodes episodes,
            Organisations directory,
            InMemoryVideos videos,
            ZoneId zone) {
        this.people = people;
        this.families = families;
        this.episodes = episodes;
        this.directory = directory;
        this.videos = videos;
        this.zone = zone;
    }

    @Override
    public Optional<RetainedRecord> ofEpisode(EpisodeId episode) {
        return episodes.find(episode).map(this::record);
    }

    @Override
    public List<RetainedRecord> ofFamily(FamilyId family) {
        return episodes.all().stream()
                .filter(e -> e.family().equals(family))
                .sorted(Comparator.comparing(e -> e.id().value(), Uuids.ORDER))
                .map(this::record)
                .toList();
    }

    @Override
    public List<RetainedRecording> recordingsOfFamily(FamilyId family) {
        return videos.all().stream()
                .filter(video -> video.family().equals(family))
                .filter(video -> video.state() != VideoState.ABANDONED && video.state() != VideoState.DESTROYED)
                .sorted(Comparator.comparing(video -> video.id().value(), Uuids.ORDER))
                .map(video -> new RetainedRecording(
                        video.id().value(),
                        video.episode().value(),
                        LocalDate.ofInstant(video.createdAt(), zone),
                        video.summaryWrittenOn().orElse(null),
                        video.ownership() == Ownership.FORMAL_RECORD))
                .toList();
    }

    @Override
    public List<FamilyId> familiesOf(PersonId person) {
        return families.familiesOf(person).stream().sorted(BY_ID).toList();
    }

    @Override
    public List<FamilyId> familiesWorkedBy(OrganisationId organisation, FamilyId after, int limit) {
        return episodes.all().stream()
                .filter(e -> e.organisation().equals(organisation))
                .map(Episode::family)
                .distinct()
                .filter(f -> after == null || BY_ID.compare(f, after) > 0)
                .sorted(BY_ID)
                .limit(limit)
                .toList();
    }

    /**
     * The end is the latest close of the organisation's episodes with the family, none while one is
     * open; the finding, the outcome on the episode's latest close.
     */
    private RetainedRecord record(Episode episode) {
        List<Episode> sameWork = episodes.all().stream()
                .filter(e ->
                        e.family().equals(episode.family()) && e.organisation().equals(episode.organisation()))
                .toList();
        LocalDate end = sameWork.stream().anyMatch(Episode::isOpen)
                ? null
                : sameWork.stream()
                        .flatMap(e -> e.closedOn().stream())
                        .max(Comparator.naturalOrder())
                        .orElse(null);
        List<EpisodePeriod> periods = episode.periods();
        var outcome = periods.get(periods.size() - 1).outcome();
        return new RetainedRecord(
                RecordType.EPISODE,
                episode.id().value(),
                episode.family(),
                LocalDate.ofInstant(episode.createdAt(), zone),
                episode.organisation(),
                directory.find(episode.organisation()).map(Organisation::sector).orElse(null),
                episode.serviceType(),
                end,
                subjects(episode.family()),
                outcome == null ? null : outcome.finding(),
                null);
    }

    private List<RetainedRecord.Subject> subjects(FamilyId family) {
        return families.find(family).stream()
                .flatMap(f -> f.members().stream())
                .flatMap(m -> people.find(m.person()).stream())
                .map(p -> new RetainedRecord.Subject(
                        p.id(), p.lifeDates().dateOfBirth(), p.lifeDates().dateOfDeath()))
                .sorted(Comparator.comparing(RetainedRecord.Subject::dateOfBirth)
                        .thenComparing(s -> s.person().value(), Uuids.ORDER))
                .toList();
    }
}
