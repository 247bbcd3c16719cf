package org.cradle.adapters.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.retention.RetentionSweeps;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.DestructionCertificate;
import org.cradle.domain.retention.SweepCandidate;

/**
 * The sweeper's reads and writes in PostgreSQL (ADR 21). A batch claims its records with
 * {@code for update skip locked}, so that sweepers on several instances take different records, and
 * destroys set by set: one statement per table for the whole batch, each leaving tombstones as it
 * deletes. Destructions within a family are serialised by locking the family's row (in id order, so two
 * batches cannot deadlock), so that whichever destroys an organisation's last episode with a family sees
 * the other's and takes what hung from the organisation's work with it.
 *
 * <p>A video's destruction is crypto-shredding: its data key destroyed and its row marked so, with a
 * tombstone; its blob is removed from the store after the batch commits. An episode's videos go with it.
 *
 * <p>What follows an episode: its case notes with their versions, its team, its periods and the corrections
 * of its closes. When it was
 * the organisation's last episode with the family, the organisation's own records about the family follow
 * too: its sharing decisions (tombstones keep their chain sequence and sealed hash), consents with their
 * versions, confidentiality notices, break-glass accesses, referrals it made, and its involvement. When
 * no organisation has anything left with the family, the family and its memberships go; and a member who
 * then belongs to no family and whom no remaining record names (a consent, a notice, a referral request,
 * a sharing decision, a subject-access export) goes too.
 */
@ApplicationScoped
public class SqlRetentionSweeps implements RetentionSweeps {

    private final EntityManager entityManager;

    public SqlRetentionSweeps(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<OrganisationId> organisationsDue(LocalDate today) {
        // A loose index scan over (organisation, due_on): one probe per organisation, not a read of
        // every kept date.
        return Jdbc.list(
                entityManager,
                """
                with recursive o(organisation) as (
                    (select organisation from retention_record where status = 'DATED' order by organisation limit 1)
                    union all
                    select (select r.organisation from retention_record r
                             where r.status = 'DATED' and r.organisation > o.organisation
                             order by r.organisation limit 1)
                      from o where o.organisation is not null)
                select o.organisation from o
                 where o.organisation is not null
                   and exists (select 1 from retention_record r where r.status = 'DATED'
                                and r.organisation = o.organisation and r.due_on <= ?)
                """,
                List.of(today),
                row -> new OrganisationId(row.getString(1)));
    }

    @Override
    public List<SweepCandidate> claim(OrganisationId organisation, Position after, LocalDate today, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(today, organisation.value(), today));
        String sql = "select " + SqlRetentionRecords.COLUMNS + ", r.organisation, " + SqlRetentionRecords.HELD
                + " as held,"
                + " d.id as decision_id, d.decided_by, d.needs_approval, d.approved_by"
                + " from retention_record r"
                + " left join retention_decision d on d.record_type = r.record_type and d.record_id = r.record_id"
                + " and d.kind = 'DESTROY'"
                + " where r.organisation = ? and r.status = 'DATED' and r.due_on <= ?";
        if (after != null) {
            sql += " and (r.due_on, r.record_id) > (?, ?)";
            parameters.add(after.dueOn());
            parameters.add(after.recordId());
        }
        sql += " order by r.due_on, r.record_id limit ? for update of r skip locked";
        parameters.add(limit);
        return Jdbc.list(entityManager, sql, parameters, SqlRetentionSweeps::candidate);
    }

    /** A records officer's decision to destroy, from its columns (decision_id, decided_by, ...), if any. */
    static Optional<SweepCandidate.DestructionOrder> destructionOrder(ResultSet row) throws SQLException {
        UUID decision = row.getObject("decision_id", UUID.class);
        return decision == null
                ? Optional.empty()
                : Optional.of(new SweepCandidate.DestructionOrder(
                        decision,
                        row.getString("decided_by"),
                        row.getBoolean("needs_approval"),
                        Optional.ofNullable(row.getString("approved_by"))));
    }

    private static SweepCandidate candidate(ResultSet row) throws SQLException {
        return new SweepCandidate(
                SqlRetentionRecords.read(row),
                new OrganisationId(row.getString("organisation")),
                row.getBoolean("held"),
                destructionOrder(row));
    }

    @Override
    public void queue(List<SweepCandidate> records, LocalDate today) {
        if (records.isEmpty()) {
            return;
        }
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "update retention_record r set queued_on = ? from unnest(?::varchar[], ?::uuid[]) as q(type, id)"
                            + " where r.record_type = q.type and r.record_id = q.id and r.queued_on is null")) {
                statement.setObject(1, today);
                statement.setArray(
                        2,
                        connection.createArrayOf(
                                "varchar",
                                records.stream()
                                        .map(record -> record.recordType().name())
                                        .toArray()));
                statement.setArray(
                        3,
                        uuids(
                                connection,
                                records.stream().map(SweepCandidate::recordId).toList()));
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Map<String, Integer> destroy(List<DestructionCertificate> certificates) {
        return Jdbc.run(entityManager, connection -> new Destruction(connection, certificates).run());
    }

    /** One batch's destruction, statement by statement, counting the rows each table lost. */
    private static final class Destruction {

        private final Connection connection;
        private final List<DestructionCertificate> all;
        /** The episodes' certificates: what follows an episode follows these alone. */
        private final List<DestructionCertificate> certificates;

        private final Map<String, Integer> removed = new TreeMap<>();
        private final Timestamp at;

        Destruction(Connection connection, List<DestructionCertificate> certificates) {
            this.connection = connection;
            this.all = certificates;
            this.certificates = certificates.stream()
                    .filter(certificate -> certificate.recordType() == RecordType.EPISODE)
                    .toList();
            this.at = Timestamp.from(certificates.get(0).executedAt());
        }

        Map<String, Integer> run() throws SQLException {
            lockFamilies();
            keepCertificates();
            List<DestructionCertificate> videos = all.stream()
                    .filter(certificate -> certificate.recordType() == RecordType.VIDEO)
                    .toList();
            if (!videos.isEmpty()) {
                shredVideos(
                        "v.id = x.record_id",
                        uuids(
                                connection,
                                videos.stream()
                                        .map(DestructionCertificate::recordId)
                                        .toList()),
                        uuids(
                                connection,
                                videos.stream().map(DestructionCertificate::id).toList()));
            }
            if (certificates.isEmpty()) {
                return removed;
            }
            Array episodes = uuids(connection, column(DestructionCertificate::recordId));
            Array episodeCertificates = uuids(connection, column(DestructionCertificate::id));
            String byEpisode = "with x(episode_id, certificate_id) as (select * from unnest(?::uuid[], ?::uuid[])) ";

            // An episode's recordings belong to its record, and go with it whatever their own dates say.
            shredVideos("v.episode_id = x.record_id", episodes, episodeCertificates);
            count(
                    "case_note_version",
                    byEpisode + ", gone as (delete from case_note_version v using case_note n, x"
                            + " where v.case_note_id = n.id and n.episode_id = x.episode_id returning 1)"
                            + " select count(*) from gone",
                    episodes,
                    episodeCertificates);
            count(
                    "case_note",
                    byEpisode + ", gone as (delete from case_note n using x where n.episode_id = x.episode_id"
                            + " returning n.id, n.organisation, n.family_id, x.certificate_id) "
                            + tombstones("CASE_NOTE"),
                    episodes,
                    episodeCertificates,
                    at);
            count(
                    "episode_team_member",
                    byEpisode + ", gone as (delete from episode_team_member t using x"
                            + " where t.episode_id = x.episode_id returning 1) select count(*) from gone",
                    episodes,
                    episodeCertificates);
            count(
                    "episode_closure_correction",
                    byEpisode + ", gone as (delete from episode_closure_correction c using x"
                            + " where c.episode_id = x.episode_id returning 1) select count(*) from gone",
                    episodes,
                    episodeCertificates);
            count(
                    "episode_period",
                    byEpisode + ", gone as (delete from episode_period p using x"
                            + " where p.episode_id = x.episode_id returning 1) select count(*) from gone",
                    episodes,
                    episodeCertificates);
            count(
                    "episode",
                    byEpisode + ", gone as (delete from episode e using x where e.id = x.episode_id"
                            + " returning e.id, e.organisation, e.family_id, x.certificate_id) "
                            + tombstones("EPISODE"),
                    episodes,
                    episodeCertificates,
                    at);
            count(
                    "retention_record",
                    byEpisode + ", gone as (delete from retention_record r using x"
                            + " where r.record_type = 'EPISODE' and r.record_id = x.episode_id returning 1)"
                            + " select count(*) from gone",
                    episodes,
                    episodeCertificates);

            destroyFinishedWork();
            destroyFinishedFamilies();
            return removed;
        }

        /**
         * Crypto-shreds the videos the condition picks (on {@code v}, the video, and {@code x.record_id},
         * each certificate's record): their data keys destroyed, so that no copy of their sealed bytes can
         * be read again, their titles cleared, their state DESTROYED, a tombstone each, and their kept dates
         * gone. Their blobs are removed after the transaction commits (BytesOutsideTheDatabase), never
         * inside it.
         */
        private void shredVideos(String condition, Array records, Array recordCertificates) throws SQLException {
            String picked = "with x(record_id, certificate_id) as (select * from unnest(?::uuid[], ?::uuid[])),"
                    + " gone as (update video v set state = 'DESTROYED', title = null,"
                    + " ended_at = coalesce(v.ended_at, ?), version = v.version + 1 from x where " + condition
                    + " and v.state <> 'DESTROYED' returning v.id, v.organisation, v.family_id, x.certificate_id),"
                    + " keys as (update video_sealing s set wrapped_key = null, master_key = null, digest_state = null,"
                    + " key_destroyed_at = coalesce(s.key_destroyed_at, ?) from gone where s.video_id = gone.id"
                    + " returning 1),"
                    + " dates as (delete from retention_record r using gone where r.record_type = 'VIDEO'"
                    + " and r.record_id = gone.id returning 1)";
            count("video", picked + tombstones("VIDEO"), records, recordCertificates, at, at, at);
        }

        private List<UUID> column(java.util.function.Function<DestructionCertificate, UUID> field) {
            return all.stream().map(field).toList();
        }

        /** Each family's row, in id order: destructions within one family wait for each other. */
        private void lockFamilies() throws SQLException {
            try (PreparedStatement statement =
                    connection.prepareStatement("select id from family where id = any(?) order by id for update")) {
                statement.setArray(
                        1,
                        uuids(
                                connection,
                                column(DestructionCertificate::family).stream()
                                        .distinct()
                                        .toList()));
                statement.executeQuery().close();
            }
        }

        private void keepCertificates() throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(
                    """
                    insert into retention_certificate (id, record_type, record_id, organisation, family_id,
                        deciding_rule, rule_version, setting_version, review_on, explanation, decision_id, decided_by,
                        needs_approval, approved_by, reason, executed_by, executed_at, backups_age_out_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (DestructionCertificate certificate : all) {
                    Optional<org.cradle.domain.retention.SweepCandidate.DestructionOrder> decision =
                            certificate.decision();
                    statement.setObject(1, certificate.id());
                    statement.setString(2, certificate.recordType().name());
                    statement.setObject(3, certificate.recordId());
                    statement.setString(4, certificate.organisation().value());
                    statement.setObject(5, certificate.family());
                    statement.setString(6, certificate.rule().value());
                    statement.setInt(7, certificate.ruleVersion());
                    statement.setObject(8, certificate.settingVersion());
                    statement.setObject(9, certificate.reviewOn());
                    statement.setString(10, certificate.explanation());
                    statement.setObject(11, decision.map(d -> d.decision()).orElse(null));
                    statement.setString(12, decision.map(d -> d.decidedBy()).orElse(null));
                    statement.setObject(13, decision.map(d -> d.needsApproval()).orElse(null));
                    statement.setString(
                            14, decision.flatMap(d -> d.approvedBy()).orElse(null));
                    statement.setString(15, certificate.reason());
                    statement.setString(16, certificate.executedBy());
                    statement.setTimestamp(17, at);
                    statement.setObject(18, certificate.backupsAgeOutOn());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        /**
         * The organisation's own records about each family it now has no episode with: they followed its
         * work with the family, and go with its last episode.
         */
        private void destroyFinishedWork() throws SQLException {
            Map<List<Object>, UUID> pairs = new LinkedHashMap<>();
            for (DestructionCertificate certificate : certificates) {
                pairs.putIfAbsent(List.of(certificate.organisation().value(), certificate.family()), certificate.id());
            }
            List<String> organisations = new ArrayList<>();
            List<UUID> families = new ArrayList<>();
            List<UUID> pairCertificates = new ArrayList<>();
            try (PreparedStatement statement =
                    connection.prepareStatement("select p.organisation, p.family_id, p.certificate_id"
                            + " from unnest(?::varchar[], ?::uuid[], ?::uuid[]) as p(organisation, family_id, certificate_id)"
                            + " where not exists (select 1 from episode e where e.family_id = p.family_id"
                            + " and e.organisation = p.organisation)")) {
                statement.setArray(
                        1,
                        connection.createArrayOf(
                                "varchar",
                                pairs.keySet().stream().map(pair -> pair.get(0)).toArray()));
                statement.setArray(
                        2,
                        uuids(
                                connection,
                                pairs.keySet().stream()
                                        .map(pair -> (UUID) pair.get(1))
                                        .toList()));
                statement.setArray(3, uuids(connection, List.copyOf(pairs.values())));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        organisations.add(row.getString(1));
                        families.add(row.getObject(2, UUID.class));
                        pairCertificates.add(row.getObject(3, UUID.class));
                    }
                }
            }
            if (organisations.isEmpty()) {
                return;
            }
            Object[] finished = {
                connection.createArrayOf("varchar", organisations.toArray()),
                uuids(connection, families),
                uuids(connection, pairCertificates)
            };
            String byPair = "with p(organisation, family_id, certificate_id) as"
                    + " (select * from unnest(?::varchar[], ?::uuid[], ?::uuid[])) ";

            // The organisation's decisions about the family, but for one that made a referral another
            // organisation accepted: that organisation's work with the family rests on it (ADR 17, 19), and
            // it goes with that organisation's records.
            String ownDecisions = " from sharing_decision s join p on s.organisation = p.organisation"
                    + " and s.family_id = p.family_id where not (s.referral_id is not null and exists (select 1"
                    + " from family_involvement i where i.referral_id = s.referral_id and i.organisation <> s.organisation))";
            // A chained decision's tombstone keeps the hash it was sealed with, computed before the row goes.
            execute(
                    byPair + "insert into retention_tombstone (record_type, record_id, organisation, family_id,"
                            + " certificate_id, destroyed_at, sequence, content_hash)"
                            + " select 'SHARING_DECISION', s.id, s.organisation, s.family_id, p.certificate_id, ?, s.sequence,"
                            + " sha256(convert_to(sharing_decision_canonical(s), 'UTF8'))" + ownDecisions,
                    with(finished, at));
            String decisions = "select s.id" + ownDecisions;
            count(
                    "sharing_decision_telling",
                    byPair + ", gone as (delete from sharing_decision_telling where decision_id in (" + decisions
                            + ") returning 1) select count(*) from gone",
                    finished);
            count(
                    "sharing_decision_subject",
                    byPair + ", gone as (delete from sharing_decision_subject where decision_id in (" + decisions
                            + ") returning 1) select count(*) from gone",
                    finished);
            count(
                    "sharing_decision",
                    byPair + ", gone as (delete from sharing_decision where id in (" + decisions + ") returning 1)"
                            + " select count(*) from gone",
                    finished);
            count(
                    "consent_version",
                    byPair + ", gone as (delete from consent_version v using consent c, p"
                            + " where v.consent_id = c.id and c.organisation = p.organisation and c.family_id = p.family_id"
                            + " returning 1) select count(*) from gone",
                    finished);
            count(
                    "consent",
                    byPair + ", gone as (delete from consent c using p where c.organisation = p.organisation"
                            + " and c.family_id = p.family_id returning c.id, c.organisation, c.family_id, p.certificate_id) "
                            + tombstones("CONSENT"),
                    with(finished, at));
            count(
                    "confidentiality_notice",
                    byPair + ", gone as (delete from confidentiality_notice n using p"
                            + " where n.organisation = p.organisation and n.family_id = p.family_id"
                            + " returning n.id, n.organisation, n.family_id, p.certificate_id) "
                            + tombstones("CONFIDENTIALITY_NOTICE"),
                    with(finished, at));
            count(
                    "break_glass_access",
                    byPair + ", gone as (delete from break_glass_access b using p"
                            + " where b.organisation = p.organisation and b.family_id = p.family_id"
                            + " returning b.id, b.organisation, b.family_id, p.certificate_id) "
                            + tombstones("BREAK_GLASS_ACCESS"),
                    with(finished, at));
            // A referral that a decision kept above still cites, or that another organisation accepted, stays.
            count(
                    "referral",
                    byPair + ", gone as (delete from referral r using p"
                            + " where r.from_organisation = p.organisation and r.family_id = p.family_id"
                            + " and not exists (select 1 from sharing_decision s where s.referral_id = r.id)"
                            + " and not exists (select 1 from family_involvement i where i.referral_id = r.id"
                            + " and i.organisation <> r.from_organisation)"
                            + " returning r.id, r.from_organisation as organisation, r.family_id, p.certificate_id) "
                            + tombstones("REFERRAL"),
                    with(finished, at));
            count(
                    "family_involvement",
                    byPair + ", gone as (delete from family_involvement i using p"
                            + " where i.organisation = p.organisation and i.family_id = p.family_id returning 1)"
                            + " select count(*) from gone",
                    finished);
            count(
                    "family_visibility",
                    byPair + ", gone as (delete from family_visibility v using p"
                            + " where v.organisation = p.organisation and v.family_id = p.family_id returning 1)"
                            + " select count(*) from gone",
                    finished);
        }

        /**
         * Each family no organisation has anything left with, with its memberships, and then each former
         * member nothing else needs.
         */
        private void destroyFinishedFamilies() throws SQLException {
            Map<UUID, UUID> certificateOf = new LinkedHashMap<>();
            certificates.forEach(c -> certificateOf.putIfAbsent(c.family(), c.id()));
            Object[] families = {
                uuids(connection, List.copyOf(certificateOf.keySet())),
                uuids(connection, List.copyOf(certificateOf.values()))
            };
            String finished = "with x(family_id, certificate_id) as (select * from unnest(?::uuid[], ?::uuid[])),"
                    + " f as (select x.* from x where"
                    + " not exists (select 1 from episode e where e.family_id = x.family_id)"
                    + " and not exists (select 1 from consent c where c.family_id = x.family_id)"
                    + " and not exists (select 1 from confidentiality_notice n where n.family_id = x.family_id)"
                    + " and not exists (select 1 from sharing_decision s where s.family_id = x.family_id)"
                    + " and not exists (select 1 from referral r where r.family_id = x.family_id)"
                    + " and not exists (select 1 from family_involvement i where i.family_id = x.family_id)"
                    + " and not exists (select 1 from break_glass_access b where b.family_id = x.family_id)"
                    + " and not exists (select 1 from case_note n where n.family_id = x.family_id)) ";
            List<UUID> members = new ArrayList<>();
            List<UUID> memberCertificates = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(finished
                    + ", gone as (delete from family_member m using f where m.family_id = f.family_id"
                    + " returning m.person_id, f.certificate_id) select person_id, certificate_id from gone")) {
                bind(statement, families);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        members.add(row.getObject(1, UUID.class));
                        memberCertificates.add(row.getObject(2, UUID.class));
                    }
                }
            }
            removed.merge("family_member", members.size(), Integer::sum);
            count(
                    "family",
                    finished + ", gone as (delete from family d using f where d.id = f.family_id"
                            + " returning d.id, null::varchar as organisation, d.id as family_id, f.certificate_id) "
                            + tombstones("FAMILY"),
                    with(families, at));
            if (members.isEmpty()) {
                return;
            }
            count(
                    "person",
                    "with x(person_id, certificate_id) as (select distinct on (u.person_id) * from"
                            + " unnest(?::uuid[], ?::uuid[]) as u(person_id, certificate_id)), gone as (delete from person p using x where p.id = x.person_id"
                            + " and not exists (select 1 from family_member m where m.person_id = p.id)"
                            + " and not exists (select 1 from consent c where c.subject_id = p.id or c.grantor_id = p.id)"
                            + " and not exists (select 1 from confidentiality_notice n where n.person_id = p.id)"
                            + " and not exists (select 1 from referral_request q where q.person_id = p.id)"
                            + " and not exists (select 1 from sharing_decision_subject s where s.person_id = p.id)"
                            + " and not exists (select 1 from sharing_decision s where s.recipient_person = p.id)"
                            + " and not exists (select 1 from subject_access_export e"
                            + " where e.person_id = p.id or e.requested_by = p.id)"
                            + " returning p.id, null::varchar as organisation, null::uuid as family_id, x.certificate_id) "
                            + tombstones("PERSON"),
                    uuids(connection, members),
                    uuids(connection, memberCertificates),
                    at);
        }

        /** The tail of a statement whose {@code gone} rows (id, organisation, family_id, certificate_id) get tombstones. */
        private static String tombstones(String type) {
            return ", t as (insert into retention_tombstone (record_type, record_id, organisation, family_id,"
                    + " certificate_id, destroyed_at) select '" + type + "', gone.id, gone.organisation,"
                    + " gone.family_id, gone.certificate_id, ? from gone returning 1) select count(*) from t";
        }

        private static Object[] with(Object[] parameters, Object last) {
            Object[] all = java.util.Arrays.copyOf(parameters, parameters.length + 1);
            all[parameters.length] = last;
            return all;
        }

        private void execute(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                statement.executeUpdate();
            }
        }

        private void count(String table, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    int rows = row.getInt(1);
                    if (rows > 0) {
                        removed.merge(table, rows, Integer::sum);
                    }
                }
            }
        }

        private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }

    private static Array uuids(Connection connection, List<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }
}
