package org.cradle.adapters.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.retention.RetainedRecords;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.AllegationOutcome;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.RetainedRecord;
import org.cradle.domain.retention.RetainedRecording;

/**
 * Episodes' retention facts in two statements, and a family's recordings in a third: the episodes with their organisation's sector, the end
 * of the organisation's work with the family (the latest close of its episodes with the family, or none
 * while one is open) and an allegation's finding (on the episode's latest close), then the family's
 * members with their dates of birth and death.
 */
@ApplicationScoped
public class SqlRetainedRecords implements RetainedRecords {

    private static final String EPISODES =
            """
            select e.id, e.family_id, e.organisation, o.sector, e.service_type, e.created_at,
                   (select case when bool_or(x.closed_on is null) then null else max(x.closed_on) end
                      from episode x
                     where x.family_id = e.family_id and x.organisation = e.organisation) as end_on,
                   (select p.outcome from episode_period p
                     where p.episode_id = e.id order by p.position desc limit 1) as finding
              from episode e
              left join organisation o on o.code = e.organisation
             where %s
             order by e.id
            """;

    private static final String MEMBERS =
            """
            select p.id, p.date_of_birth, p.date_of_death
              from family_member m
              join person p on p.id = m.person_id
             where m.family_id = ?
             order by p.date_of_birth, p.id
            """;

    private record Facts(
            UUID id,
            UUID family,
            String organisation,
            String sector,
            String serviceType,
            Instant createdAt,
            LocalDate end,
            String finding) {}

    private final EntityManager entityManager;
    private final Clock clock;

    public SqlRetainedRecords(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Optional<RetainedRecord> ofEpisode(EpisodeId episode) {
        return records("e.id = ?", episode.value()).stream().findFirst();
    }

    @Override
    public List<RetainedRecord> ofFamily(FamilyId family) {
        return records("e.family_id = ?", family.value());
    }

    @Override
    public List<RetainedRecording> recordingsOfFamily(FamilyId family) {
        return Jdbc.list(
                entityManager,
                "select id, episode_id, created_at, summary_written_on, ownership from video"
                        + " where family_id = ? and state in ('RESERVED', 'RECEIVING', 'COMPLETE') order by id",
                List.of(family.value()),
                row -> new RetainedRecording(
                        row.getObject("id", UUID.class),
                        row.getObject("episode_id", UUID.class),
                        LocalDate.ofInstant(row.getTimestamp("created_at").toInstant(), clock.getZone()),
                        row.getObject("summary_written_on", LocalDate.class),
                        "FORMAL_RECORD".equals(row.getString("ownership"))));
    }

    @Override
    public List<FamilyId> familiesOf(PersonId person) {
        return Jdbc.list(
                entityManager,
                "select family_id from family_member where person_id = ? order by family_id",
                List.of(person.value()),
                row -> new FamilyId(row.getObject(1, UUID.class)));
    }

    @Override
    public List<FamilyId> familiesWorkedBy(OrganisationId organisation, FamilyId after, int limit) {
        // After the last family by the (family, organisation) index: each family read once however many
        // episodes the organisation has with it.
        return Jdbc.list(
                entityManager,
                "select distinct family_id from episode where organisation = ? and family_id > ?"
                        + " order by family_id limit ?",
                List.of(organisation.value(), after == null ? new UUID(0, 0) : after.value(), limit),
                row -> new FamilyId(row.getObject(1, UUID.class)));
    }

    /** The episodes the condition selects; the members read once, as all selected share a family or are one. */
    private List<RetainedRecord> records(String condition, UUID key) {
        List<Facts> episodes = Jdbc.list(
                entityManager,
                EPISODES.formatted(condition),
                List.of(key),
                row -> new Facts(
                        row.getObject("id", UUID.class),
                        row.getObject("family_id", UUID.class),
                        row.getString("organisation"),
                        row.getString("sector"),
                        row.getString("service_type"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getObject("end_on", LocalDate.class),
                        row.getString("finding")));
        if (episodes.isEmpty()) {
            return List.of();
        }
        List<RetainedRecord.Subject> members = Jdbc.list(
                entityManager,
                MEMBERS,
                List.of(episodes.get(0).family()),
                row -> new RetainedRecord.Subject(
                        new PersonId(row.getObject("id", UUID.class)),
                        row.getObject("date_of_birth", LocalDate.class),
                        row.getObject("date_of_death", LocalDate.class)));
        return episodes.stream()
                .map(facts -> new RetainedRecord(
                        RecordType.EPISODE,
                        facts.id(),
                        new FamilyId(facts.family()),
                        LocalDate.ofInstant(facts.createdAt(), clock.getZone()),
                        new OrganisationId(facts.organisation()),
                        facts.sector() == null ? null : Sector.valueOf(facts.sector()),
                        ServiceType.valueOf(facts.serviceType()),
                        facts.end(),
                        members,
                        facts.finding() == null ? null : AllegationOutcome.Finding.valueOf(facts.finding()),
                        null))
                .toList();
    }
}
