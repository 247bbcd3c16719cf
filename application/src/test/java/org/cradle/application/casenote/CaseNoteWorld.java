package org.cradle.application.casenote;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cradle.application.RecordedTrail;
import org.cradle.application.access.Access;
import org.cradle.application.access.Relationships;
import org.cradle.contracts.casenote.InMemoryCaseNotes;
import org.cradle.contracts.episode.InMemoryEpisodes;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * One family (a mother, her infant, a grandmother) with an episode of north-council's, the ports in
 * memory, and the actors' relationships to the family as the access service would read them.
 */
final class CaseNoteWorld {

    static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    static final OrganisationId NORTH = new OrganisationId("north-council");
    static final OrganisationId HEALTH = new OrganisationId("RX1");
    static final OrganisationId ELSEWHERE = new OrganisationId("south-council");

    final PersonId mother = PersonId.newId();
    final PersonId infant = PersonId.newId();
    final PersonId grandmother = PersonId.newId();
    final Family family = Family.start(
            FamilyId.newId(), new FamilyName("Okafor household"), RecordKeepingMode.LINKED, NOW.minusSeconds(86_400));
    final Episode episode;

    /** A second passes each time the time is asked, so that notes written one after another are ordered. */
    final Clock clock = new Clock() {
        private Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    };

    final InMemoryCaseNotes caseNotes = new InMemoryCaseNotes();
    final RecordedTrail recorded = new RecordedTrail();
    final List<AuditEvent> audited = recorded.events;
    final List<AuditEvent> denied = recorded.denials;
    private final Map<String, Relationship> relationships = new HashMap<>();

    /** How each practitioner (by subject) stands with the one family; absent: not at all. */
    final Access access = new Access(
            new Relationships() {
                @Override
                public Optional<Relationship> with(Actor actor, FamilyId asked, Instant at) {
                    return asked.equals(family.id())
                            ? Optional.of(relationships.getOrDefault(actor.subject(), Relationship.NONE))
                            : Optional.empty();
                }

                @Override
                public Optional<Map<FamilyId, Relationship>> withFamiliesOf(Actor actor, PersonId person, Instant at) {
                    throw new UnsupportedOperationException("no case note use case asks by person");
                }
            },
            (actor, asked, day) -> java.util.Set.of(),
            (asked, day) -> java.util.Set.of(),
            recorded.accessDenials(),
            clock,
            recorded.unitOfWork());

    final InMemoryEpisodes episodesPort = new InMemoryEpisodes();

    final InMemoryFamilies familiesPort = new InMemoryFamilies();

    final WriteCaseNote write = new WriteCaseNote(episodesPort, familiesPort, caseNotes, access);
    final CorrectCaseNote correct = new CorrectCaseNote(caseNotes, familiesPort, access);
    final GetCaseNote get = new GetCaseNote(caseNotes, access);
    final GetCaseNoteVersion getVersion = new GetCaseNoteVersion(caseNotes, access);
    final ListCaseNotes list = new ListCaseNotes(episodesPort, caseNotes, access);
    final ListCaseNoteVersions listVersions = new ListCaseNoteVersions(caseNotes, access);

    CaseNoteWorld() {
        family.admit(mother, FamilyRole.MOTHER, true, true, NOW);
        family.admit(infant, FamilyRole.CHILD, true, false, NOW);
        family.admit(grandmother, FamilyRole.OTHER, false, false, NOW);
        familiesPort.add(family);
        episode = Episode.open(
                EpisodeId.newId(),
                family.id(),
                ServiceType.PARENT_INFANT_MENTAL_HEALTH,
                NORTH,
                new PractitionerRef("k.osei"),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 21),
                NOW);
        episodesPort.add(episode);
    }

    /** A practitioner of north-council, which holds the family's record, outside the work with it. */
    Actor colleague(String subject, Role... roles) {
        relationships.put(subject, new Relationship(true, List.of(), true, false, false, false));
        return Actor.practitioner(subject, NORTH, Set.of(roles));
    }

    /** north-council's lead practitioner on the episode. */
    Actor lead() {
        relationships.put("k.osei", new Relationship(true, List.of(), true, true, false, false));
        return Actor.practitioner("k.osei", NORTH, Set.of(Role.PRACTITIONER));
    }

    /** A practitioner on the team around the family. */
    Actor teamMember(String subject) {
        relationships.put(subject, new Relationship(true, List.of(), true, false, true, false));
        return Actor.practitioner(subject, NORTH, Set.of(Role.PRACTITIONER));
    }

    /** A practitioner with a relationship of their own choosing. */
    Actor actor(String subject, OrganisationId organisation, Relationship relationship, Role... roles) {
        relationships.put(subject, relationship);
        return Actor.practitioner(subject, organisation, Set.of(roles));
    }
}
