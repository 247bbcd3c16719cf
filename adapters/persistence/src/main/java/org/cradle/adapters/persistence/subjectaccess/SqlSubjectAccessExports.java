package org.cradle.adapters.persistence.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.subjectaccess.ExportQuery;
import org.cradle.application.subjectaccess.SubjectAccessExports;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.subjectaccess.ExportItem;
import org.cradle.domain.subjectaccess.ItemKind;
import org.cradle.domain.subjectaccess.Redaction;
import org.cradle.domain.subjectaccess.RedactionId;
import org.cradle.domain.subjectaccess.RedactionReason;
import org.cradle.domain.subjectaccess.Review;
import org.cradle.domain.subjectaccess.SubjectAccessExport;
import org.cradle.domain.subjectaccess.SubjectAccessExportId;
import org.cradle.domain.subjectaccess.SubjectAccessRequest;

/**
 * Subject-access exports in PostgreSQL (V19): a row per export, a row per item of its package (its
 * fields as aligned arrays of names and values), a row per redaction. Written with plain JDBC, like the
 * sharing decisions: the items are a snapshot, inserted once in batches and never loaded to be changed;
 * only a redaction's review and the export's release are ever written after, and triggers refuse any
 * other change.
 */
@ApplicationScoped
public class SqlSubjectAccessExports implements SubjectAccessExports {

    private static final String EXPORT_COLUMNS = "e.id, e.person_id, e.requested_by, e.received_on, e.organisation,"
            + " e.prepared_by, e.prepared_at, e.released_by, e.released_at";
    private static final String REDACTION_COLUMNS = "r.id, r.export_id, r.item_position, i.kind, i.record_id,"
            + " i.version, r.reasons, r.third_parties, r.outcome, r.review_reason, r.reviewed_by, r.reviewed_at";
    private static final String REDACTIONS = "from subject_access_redaction r join subject_access_item i"
            + " on i.export_id = r.export_id and i.position = r.item_position";

    private final EntityManager entityManager;

    public SqlSubjectAccessExports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(SubjectAccessExport export, List<ExportItem> items) {
        Jdbc.run(entityManager, connection -> {
            insertExport(connection, export);
            insertItems(connection, export.id(), items);
            insertRedactions(connection, export);
            return null;
        });
    }

    private static void insertExport(Connection connection, SubjectAccessExport export) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into subject_access_export (id,"
                + " person_id, requested_by, received_on, organisation, prepared_by, prepared_at, status)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            SubjectAccessRequest request = export.request();
            statement.setObject(1, export.id().value());
            statement.setObject(2, request.person().value());
            statement.setObject(3, request.requester().value());
            statement.setObject(4, request.receivedOn());
            statement.setString(5, export.organisation().value());
            statement.setString(6, export.preparedBy());
            statement.setObject(7, utc(export.preparedAt()));
            statement.setString(8, export.status().name());
            statement.executeUpdate();
        }
    }

    private static void insertItems(Connection connection, SubjectAccessExportId export, List<ExportItem> items)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into subject_access_item (export_id,"
                + " position, kind, record_id, version, family_id, concerns, field_names, field_values)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < items.size(); i++) {
                ExportItem item = items.get(i);
                statement.setObject(1, export.value());
                statement.setInt(2, i);
                statement.setString(3, item.kind().name());
                statement.setObject(4, item.recordId());
                statement.setObject(5, item.version(), java.sql.Types.INTEGER);
                statement.setObject(6, item.familyId().map(FamilyId::value).orElse(null));
                statement.setArray(7, uuids(connection, item.concerns()));
                statement.setArray(8, texts(connection, "varchar", item, ExportItem.Field::name));
                statement.setArray(9, texts(connection, "text", item, ExportItem.Field::value));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void insertRedactions(Connection connection, SubjectAccessExport export) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into subject_access_redaction (id,"
                + " export_id, item_position, reasons, third_parties) values (?, ?, ?, ?, ?)")) {
            for (Redaction redaction : export.redactions()) {
                statement.setObject(1, redaction.id().value());
                statement.setObject(2, export.id().value());
                statement.setInt(3, redaction.item());
                statement.setArray(
                        4,
                        connection.createArrayOf(
                                "varchar",
                                redaction.reasons().stream()
                                        .sorted()
                                        .map(Enum::name)
                                        .toArray()));
                statement.setArray(5, uuids(connection, redaction.thirdParties()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public Optional<SubjectAccessExport> find(SubjectAccessExportId id) {
        return load(id, "");
    }

    @Override
    public Optional<SubjectAccessExport> findForChange(SubjectAccessExportId id) {
        return load(id, " for update");
    }

    private Optional<SubjectAccessExport> load(SubjectAccessExportId id, String lock) {
        List<Row> rows = Jdbc.list(
                entityManager,
                "select " + EXPORT_COLUMNS + " from subject_access_export e where e.id = ?" + lock,
                List.of(id.value()),
                SqlSubjectAccessExports::row);
        return rows.stream().findFirst().map(row -> withRedactions(List.of(row)).get(0));
    }

    @Override
    public void update(SubjectAccessExport export) {
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("update subject_access_redaction set"
                    + " outcome = ?, review_reason = ?, reviewed_by = ?, reviewed_at = ? where id = ? and outcome is"
                    + " null")) {
                for (Redaction redaction : export.redactions()) {
                    if (redaction.reviewed().isEmpty()) {
                        continue;
                    }
                    Review review = redaction.review();
                    statement.setString(1, review.outcome().name());
                    statement.setString(2, review.reason());
                    statement.setString(3, review.by());
                    statement.setObject(4, utc(review.at()));
                    statement.setObject(5, redaction.id().value());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            try (PreparedStatement statement = connection.prepareStatement("update subject_access_export set"
                    + " status = ?, released_by = ?, released_at = ? where id = ? and released_at is null")) {
                var release = export.released();
                statement.setString(1, export.status().name());
                statement.setString(
                        2, release.map(SubjectAccessExport.Release::by).orElse(null));
                statement.setObject(
                        3, release.map(r -> utc(r.at())).orElse(null), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(4, export.id().value());
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<ExportItem> itemsOf(SubjectAccessExportId id) {
        return Jdbc.list(
                entityManager,
                "select kind, record_id, version, family_id, concerns, field_names, field_values"
                        + " from subject_access_item where export_id = ? order by position",
                List.of(id.value()),
                SqlSubjectAccessExports::item);
    }

    @Override
    public Page<Redaction> redactionsOf(SubjectAccessExportId id, PageRequest page) {
        return Jdbc.page(
                entityManager,
                REDACTION_COLUMNS,
                REDACTIONS + " where r.export_id = ?",
                "r.item_position",
                List.of(id.value()),
                page,
                SqlSubjectAccessExports::redaction);
    }

    @Override
    public Page<SubjectAccessExport> of(OrganisationId organisation, ExportQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where e.organisation = ?");
        List<Object> parameters = new ArrayList<>(List.of(organisation.value()));
        if (query.person() != null) {
            where.append(" and e.person_id = ?");
            parameters.add(query.person().value());
        }
        if (query.status() != null) {
            where.append(" and e.status = ?");
            parameters.add(query.status().name());
        }
        Page<Row> rows = Jdbc.page(
                entityManager,
                EXPORT_COLUMNS,
                "from subject_access_export e" + where,
                "e.prepared_at, e.id",
                parameters,
                page,
                SqlSubjectAccessExports::row);
        return new Page<>(withRedactions(rows.items()), page, rows.totalItems());
    }

    /** An export's own columns, before its redactions are read. */
    private record Row(
            SubjectAccessExportId id,
            SubjectAccessRequest request,
            OrganisationId organisation,
            String preparedBy,
            Instant preparedAt,
            SubjectAccessExport.Release release) {}

    /** The exports with their redactions, read in one statement. */
    private List<SubjectAccessExport> withRedactions(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Redaction>> byExport = new LinkedHashMap<>();
        rows.forEach(row -> byExport.put(row.id().value(), new ArrayList<>()));
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select " + REDACTION_COLUMNS + " "
                    + REDACTIONS + " where r.export_id = any(?) order by r.export_id, r.item_position")) {
                statement.setArray(
                        1, connection.createArrayOf("uuid", byExport.keySet().toArray()));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        byExport.get(result.getObject("export_id", UUID.class)).add(redaction(result));
                    }
                }
            }
            return null;
        });
        return rows.stream()
                .map(row -> SubjectAccessExport.reconstitute(
                        row.id(),
                        row.request(),
                        row.organisation(),
                        row.preparedBy(),
                        row.preparedAt(),
                        byExport.get(row.id().value()),
                        row.release()))
                .toList();
    }

    private static Row row(ResultSet row) throws SQLException {
        String releasedBy = row.getString("released_by");
        return new Row(
                new SubjectAccessExportId(row.getObject("id", UUID.class)),
                new SubjectAccessRequest(
                        new PersonId(row.getObject("person_id", UUID.class)),
                        new PersonId(row.getObject("requested_by", UUID.class)),
                        row.getObject("received_on", LocalDate.class)),
                new OrganisationId(row.getString("organisation")),
                row.getString("prepared_by"),
                instant(row, "prepared_at"),
                releasedBy == null ? null : new SubjectAccessExport.Release(releasedBy, instant(row, "released_at")));
    }

    private static Redaction redaction(ResultSet row) throws SQLException {
        String outcome = row.getString("outcome");
        Set<RedactionReason> reasons = EnumSet.noneOf(RedactionReason.class);
        for (String reason : (String[]) row.getArray("reasons").getArray()) {
            reasons.add(RedactionReason.valueOf(reason));
        }
        return new Redaction(
                new RedactionId(row.getObject("id", UUID.class)),
                row.getInt("item_position"),
                ItemKind.valueOf(row.getString("kind")),
                row.getObject("record_id", UUID.class),
                (Integer) row.getObject("version"),
                reasons,
                people(row, "third_parties"),
                outcome == null
                        ? null
                        : new Review(
                                Review.Outcome.valueOf(outcome),
                                row.getString("review_reason"),
                                row.getString("reviewed_by"),
                                instant(row, "reviewed_at")));
    }

    private static ExportItem item(ResultSet row) throws SQLException {
        String[] names = (String[]) row.getArray("field_names").getArray();
        String[] values = (String[]) row.getArray("field_values").getArray();
        List<ExportItem.Field> fields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            fields.add(new ExportItem.Field(names[i], values[i]));
        }
        UUID family = row.getObject("family_id", UUID.class);
        return new ExportItem(
                ItemKind.valueOf(row.getString("kind")),
                row.getObject("record_id", UUID.class),
                (Integer) row.getObject("version"),
                family == null ? null : new FamilyId(family),
                people(row, "concerns"),
                fields);
    }

    private static Set<PersonId> people(ResultSet row, String column) throws SQLException {
        return Arrays.stream((UUID[]) row.getArray(column).getArray())
                .map(PersonId::new)
                .collect(Collectors.toSet());
    }

    /** One part of each of the item's fields, in order, as an array of {@code type}. */
    private static java.sql.Array texts(
            Connection connection,
            String type,
            ExportItem item,
            java.util.function.Function<ExportItem.Field, String> part)
            throws SQLException {
        return connection.createArrayOf(type, item.fields().stream().map(part).toArray());
    }

    private static java.sql.Array uuids(Connection connection, Set<PersonId> people) throws SQLException {
        return connection.createArrayOf(
                "uuid", people.stream().map(PersonId::value).sorted().toArray());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
