package org.cradle.adapters.persistence.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.episode.Teams;
import org.cradle.domain.ConflictException;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.TeamMembership;

/**
 * Teams around the family as rows of {@code episode_team_member}. One current membership per
 * practitioner and episode is kept by a unique index, so two requests naming the same practitioner at
 * once cannot both succeed.
 */
@ApplicationScoped
public class SqlTeams implements Teams {

    private static final String COLUMNS = "episode_id, practitioner, joined_on, left_on, added_by, added_at";
    private static final String UNIQUE_VIOLATION = "23505";

    private final EntityManager entityManager;

    public SqlTeams(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Page<TeamMembership> of(EpisodeId episode, PageRequest page) {
        long total = Jdbc.list(
                        entityManager,
                        "select count(*) from episode_team_member where episode_id = ?",
                        List.of(episode.value()),
                        row -> row.getLong(1))
                .get(0);
        List<TeamMembership> items = Jdbc.list(
                entityManager,
                "select " + COLUMNS + " from episode_team_member where episode_id = ?"
                        + " order by joined_on, practitioner limit ? offset ?",
                List.of(episode.value(), page.size(), page.offset()),
                SqlTeams::read);
        return new Page<>(items, page, total);
    }

    @Override
    public Optional<TeamMembership> current(EpisodeId episode, PractitionerRef practitioner) {
        return Jdbc.list(
                        entityManager,
                        "select " + COLUMNS + " from episode_team_member where episode_id = ? and practitioner = ?"
                                + " and left_on is null",
                        List.of(episode.value(), practitioner.value()),
                        SqlTeams::read)
                .stream()
                .findFirst();
    }

    @Override
    public void add(TeamMembership membership) {
        int added = Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("insert into episode_team_member (" + COLUMNS
                    + ") values (?, ?, ?, null, ?, ?) on conflict do nothing")) {
                statement.setObject(1, membership.episode().value());
                statement.setString(2, membership.practitioner().value());
                statement.setObject(3, membership.joinedOn());
                statement.setString(4, membership.addedBy());
                statement.setObject(5, membership.addedAt().atOffset(ZoneOffset.UTC));
                return statement.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return 0;
                }
                throw e;
            }
        });
        if (added == 0) {
            throw new ConflictException(
                    "already-on-the-team", membership.practitioner() + " is already on the team around the family.");
        }
    }

    @Override
    public void ended(TeamMembership membership) {
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("update episode_team_member set left_on = ?"
                    + " where episode_id = ? and practitioner = ? and joined_on = ? and left_on is null")) {
                statement.setObject(1, membership.leftOn());
                statement.setObject(2, membership.episode().value());
                statement.setString(3, membership.practitioner().value());
                statement.setObject(4, membership.joinedOn());
                return statement.executeUpdate();
            }
        });
    }

    private static TeamMembership read(ResultSet row) throws SQLException {
        return new TeamMembership(
                new EpisodeId(row.getObject(1, UUID.class)),
                new PractitionerRef(row.getString(2)),
                row.getObject(3, LocalDate.class),
                row.getObject(4, LocalDate.class),
                row.getString(5),
                row.getObject(6, OffsetDateTime.class).toInstant());
    }
}
