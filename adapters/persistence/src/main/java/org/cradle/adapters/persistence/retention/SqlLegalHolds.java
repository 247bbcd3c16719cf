package org.cradle.adapters.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.retention.LegalHolds;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.HoldScope;
import org.cradle.domain.retention.LegalHold;
import org.cradle.domain.retention.LegalHoldId;

/**
 * Legal holds in PostgreSQL ({@code legal_hold}, V23): the scope as a kind and one column for what it names;
 * the corrections of a hold's end in {@code legal_hold_correction} (V31), read for every hold read in one
 * more statement.
 */
@ApplicationScoped
public class SqlLegalHolds implements LegalHolds {

    private static final String COLUMNS =
            "id, organisation, scope_kind, family_id, person_id, episode_id, created_before,"
                    + " reason, authority, ends_on, placed_by, placed_at, released_by, released_at, release_reason";

    private final EntityManager entityManager;

    public SqlLegalHolds(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(LegalHold hold) {
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("insert into legal_hold (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null)")) {
                statement.setObject(1, hold.id().value());
                statement.setString(2, hold.organisation().value());
                HoldScope scope = hold.scope();
                statement.setString(3, scope.kind());
                statement.setObject(
                        4, scope instanceof HoldScope.Family f ? f.family().value() : null);
                statement.setObject(
                        5, scope instanceof HoldScope.Person p ? p.person().value() : null);
                statement.setObject(6, scope instanceof HoldScope.Episode e ? e.episode() : null);
                statement.setObject(7, scope instanceof HoldScope.CreatedBefore b ? b.before() : null);
                statement.setString(8, hold.reason());
                statement.setString(9, hold.authority());
                statement.setObject(10, hold.endsOn());
                statement.setString(11, hold.placedBy());
                statement.setObject(12, hold.placedAt().atOffset(ZoneOffset.UTC));
                statement.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public Optional<LegalHold> find(LegalHoldId id, OrganisationId organisation) {
        return one("", id, organisation);
    }

    @Override
    public Optional<LegalHold> findForChange(LegalHoldId id, OrganisationId organisation) {
        return one(" for update", id, organisation);
    }

    private Optional<LegalHold> one(String lock, LegalHoldId id, OrganisationId organisation) {
        return withCorrections(Jdbc.list(
                        entityManager,
                        "select " + COLUMNS + " from legal_hold where id = ? and organisation = ?" + lock,
                        List.of(id.value(), organisation.value()),
                        SqlLegalHolds::read))
                .stream()
                .findFirst();
    }

    @Override
    public void correctEnd(LegalHold hold) {
        List<LegalHold.EndCorrection> corrections = hold.corrections();
        LegalHold.EndCorrection latest = corrections.get(corrections.size() - 1);
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                            "update legal_hold set ends_on = ? where id = ? and released_at is null");
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into legal_hold_correction (hold_id, position, ends_on_before, ends_on,"
                                    + " corrected_by, corrected_at, reason) values (?, ?, ?, ?, ?, ?, ?)")) {
                update.setObject(1, hold.endsOn());
                update.setObject(2, hold.id().value());
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("a hold locked for its correction was released meanwhile");
                }
                insert.setObject(1, hold.id().value());
                insert.setInt(2, corrections.size() - 1);
                insert.setObject(3, latest.endsOnBefore());
                insert.setObject(4, latest.endsOn());
                insert.setString(5, latest.by());
                insert.setObject(6, latest.at().atOffset(ZoneOffset.UTC));
                insert.setString(7, latest.reason());
                insert.executeUpdate();
                return null;
            }
        });
    }

    /** The holds with their corrections, read in one statement for all of them. */
    private List<LegalHold> withCorrections(List<LegalHold> holds) {
        if (holds.isEmpty()) {
            return holds;
        }
        Map<UUID, List<LegalHold.EndCorrection>> corrections = new HashMap<>();
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select hold_id, ends_on_before, ends_on, corrected_by, corrected_at, reason"
                            + " from legal_hold_correction where hold_id = any(?) order by hold_id, position")) {
                statement.setArray(
                        1,
                        connection.createArrayOf(
                                "uuid",
                                holds.stream().map(hold -> hold.id().value()).toArray()));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        corrections
                                .computeIfAbsent(row.getObject("hold_id", UUID.class), id -> new ArrayList<>())
                                .add(new LegalHold.EndCorrection(
                                        row.getObject("ends_on_before", LocalDate.class),
                                        row.getObject("ends_on", LocalDate.class),
                                        row.getString("corrected_by"),
                                        row.getTimestamp("corrected_at").toInstant(),
                                        row.getString("reason")));
                    }
                }
                return null;
            }
        });
        return holds.stream()
                .map(hold -> corrections.containsKey(hold.id().value())
                        ? new LegalHold(
                                hold.id(),
                                hold.organisation(),
                                hold.scope(),
                                hold.reason(),
                                hold.authority(),
                                hold.endsOn(),
                                hold.placedBy(),
                                hold.placedAt(),
                                hold.release(),
                                corrections.get(hold.id().value()))
                        : hold)
                .toList();
    }

    @Override
    public void release(LegalHold hold) {
        LegalHold.Release release = hold.release().orElseThrow();
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "update legal_hold set released_by = ?, released_at = ?, release_reason = ?"
                            + " where id = ? and released_at is null")) {
                statement.setString(1, release.by());
                statement.setObject(2, release.at().atOffset(ZoneOffset.UTC));
                statement.setString(3, release.reason());
                statement.setObject(4, hold.id().value());
                if (statement.executeUpdate() != 1) {
                    throw new IllegalStateException("a hold locked for release was released meanwhile");
                }
                return null;
            }
        });
    }

    @Override
    public Page<LegalHold> of(OrganisationId organisation, Boolean released, PageRequest page) {
        List<Object> parameters = new ArrayList<>(List.of(organisation.value()));
        String from = "from legal_hold where organisation = ?"
                + (released == null ? "" : released ? " and released_at is not null" : " and released_at is null");
        Page<LegalHold> found =
                Jdbc.page(entityManager, COLUMNS, from, "placed_at desc, id", parameters, page, SqlLegalHolds::read);
        return new Page<>(withCorrections(found.items()), found.request(), found.totalItems(), found.next());
    }

    @Override
    public List<LegalHold> unreleased(OrganisationId organisation) {
        return withCorrections(Jdbc.list(
                entityManager,
                "select " + COLUMNS + " from legal_hold where organisation = ? and released_at is null",
                List.of(organisation.value()),
                SqlLegalHolds::read));
    }

    private static LegalHold read(ResultSet row) throws SQLException {
        HoldScope scope =
                switch (row.getString("scope_kind")) {
                    case "FAMILY" -> new HoldScope.Family(new FamilyId(row.getObject("family_id", UUID.class)));
                    case "PERSON" -> new HoldScope.Person(new PersonId(row.getObject("person_id", UUID.class)));
                    case "EPISODE" -> new HoldScope.Episode(row.getObject("episode_id", UUID.class));
                    default -> new HoldScope.CreatedBefore(row.getObject("created_before", LocalDate.class));
                };
        String releasedBy = row.getString("released_by");
        return new LegalHold(
                new LegalHoldId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getString("organisation")),
                scope,
                row.getString("reason"),
                row.getString("authority"),
                row.getObject("ends_on", LocalDate.class),
                row.getString("placed_by"),
                row.getTimestamp("placed_at").toInstant(),
                releasedBy == null
                        ? Optional.empty()
                        : Optional.of(new LegalHold.Release(
                                releasedBy,
                                row.getTimestamp("released_at").toInstant(),
                                row.getString("release_reason"))),
                List.of());
    }
}
