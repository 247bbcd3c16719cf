package org.cradle.contracts.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cradle.application.retention.RetainedRecords;
import org.cradle.contracts.episode.InMemoryEpisodes;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.contracts.organisation.InMemoryOrganisations;
import org.cradle.contracts.person.InMemoryPeople;
import org.cradle.contracts.video.InMemoryVideos;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.Organisation;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.cradle.domain.video.Video;

class InMemoryRetainedRecordsTest extends RetainedRecordsContract {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryFamilies families = new InMemoryFamilies();
    private final InMemoryEpisodes episodes = new InMemoryEpisodes();
    private final InMemoryOrganisations directory = new InMemoryOrganisations();
    private final InMemoryVideos videos = new InMemoryVideos();
    private final RetainedRecords records =
            new InMemoryRetainedRecords(people, families, episodes, directory, videos, ZoneId.of("Europe/London"));

    @Override
    protected RetainedRecords records() {
        return records;
    }

    @Override
    protected PersonId person(LocalDate born, LocalDate died) {
        Person person = Person.reconstitute(
                PersonId.newId(),
                new PersonName("Contract", "Person"),
                new LifeDates(born == null ? LocalDate.of(1990, 1, 1) : born, died),
                null,
                AT,
                0);
        people.add(person);
        return person.id();
    }

    @Override
    protected FamilyId family(PersonId... members) {
        Family family =
                Family.start(FamilyId.newId(), new FamilyName("Contract household"), RecordKeepingMode.LINKED, AT);
        for (int i = 0; i < members.length; i++) {
            family.admit(members[i], i == 0 ? FamilyRole.MOTHER : FamilyRole.CHILD, true, i == 0, AT);
        }
        families.add(family);
        return family.id();
    }

    @Override
    protected void organisation(OrganisationId organisation, Sector sector) {
        directory.save(new Organisation(organisation, organisation.value(), null, sector));
    }

    @Override
    protected void store(Episode episode) {
        episodes.add(episode);
    }

    @Override
    protected void store(Video video) {
        videos.add(video);
    }
}
