package org.cradle.adapters.persistence.consent;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.TeamAroundTheFamily;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * The input of a coverage question in one statement: for each of the subject's consents, the latest
 * version that had taken effect by the day (an index range on {@code consent_version_in_force}), and
 * the team around its family that day (the organisations, lead practitioners and named team members of
 * the episodes open then). Plain JDBC, so the benchmark runs exactly the statement the service runs.
 */
public final class ConsentsInForceQuery {

    /** What each consent in force gives a coverage question: the version, and its family's team that day. */
    private static final String COLUMNS =
            """
            v.consent_id, c.family_id, v.number, v.change, v.decision, v.purposes, v.recipients,
                   v.categories, v.excluded_person_ids, v.notes_kept_in, v.method, v.terms_effective_from,
                   v.review_by, v.form_reference, v.effective_from, v.recorded_at, v.recorded_by,
                   v.recorded_for, team.organisations, team.practitioners
            """;

    /**
     * The team around the consent's family on the day: the organisations, lead practitioners and named
     * team members of the episodes open then. Parameters: the day, four times.
     */
    private static final String TEAM =
            """
              left join lateral (
                    select array_agg(distinct e.organisation) as organisations,
                           array_agg(distinct e.lead_practitioner)
                             || coalesce(array_agg(distinct t.practitioner)
                                           filter (where t.practitioner is not null), '{}') as practitioners
                      from episode e
                      join episode_period p on p.episode_id = e.id
                      left join episode_team_member t on t.episode_id = e.id
                                and t.joined_on <= ? and (t.left_on is null or t.left_on > ?)
                     where e.family_id = c.family_id
                       and p.opened_on <= ? and (p.closed_on is null or p.closed_on >= ?)) team on true
            """;

    /**
     * The team around each family the versions' consents are in, once per family: the consents of a
     * subject are nearly always in one family, and an infant's 20–50 consents asked the same family's
     * team 20–50 times ({@link #TEAM} as a lateral join runs once per row). Parameters: the day, four
     * times, as {@link #TEAM}'s.
     */
    private static final String TEAMS_OF_FAMILIES =
            """
            , families as materialized (select distinct c.family_id from v join consent c on c.id = v.consent_id),
              team as materialized (select f.family_id, team.organisations, team.practitioners from families f
            """
                    + TEAM.replace("e.family_id = c.family_id", "e.family_id = f.family_id")
                    + ")";

    public static final String SQL = sql("subject_id = ?");

    /** The same for every member of a family at once: one statement instead of one per member. */
    static final String FOR_MEMBERS_OF = sql("subject_id in (select person_id from family_member where family_id = ?)");

    private static String sql(String subjects) {
        return """
            with v as materialized (select distinct on (consent_id) *
                                      from consent_version
                                     where %s and effective_from <= ?
                                     order by consent_id, number desc)
            """
                        .formatted(subjects)
                + TEAMS_OF_FAMILIES
                + " select v.subject_id, " + COLUMNS
                + """
              from v
              join consent c on c.id = v.consent_id
              left join team on team.family_id = c.family_id
            """;
    }

    /**
     * Every member of a family, and the consents in force of those among the subjects asked about (a
     * row per consent; one row with no consent for a member with none, or not asked about): whether
     * the people a share names are members, and what their consents cover, in one statement. The
     * consents of a member not asked about are not read. Parameters: the day, the subjects, then
     * {@link #TEAM}'s, then the family.
     */
    static final String MEMBERS_WITH_SUBJECTS_IN_FORCE = "select m.person_id as member, v.subject_id, " + COLUMNS
            + """
              from family_member m
              left join lateral (select distinct on (consent_id) *
                                   from consent_version
                                  where subject_id = m.person_id and effective_from <= ?
                                    and m.person_id = any (?)
                                  order by consent_id, number desc) v on true
              left join consent c on c.id = v.consent_id
            """
            + TEAM
            + " where m.family_id = ?";

    private ConsentsInForceQuery() {}

    public static List<ConsentInForce> run(Connection connection, PersonId subject, LocalDate day) throws SQLException {
        List<ConsentInForce> inForce = new ArrayList<>();
        run(connection, SQL, subject.value(), day, (person, consent) -> inForce.add(consent));
        return inForce;
    }

    /** The consents in force of every member of a family, by member. */
    public static Map<PersonId, List<ConsentInForce>> runForMembersOf(
            Connection connection, FamilyId family, LocalDate day) throws SQLException {
        Map<PersonId, List<ConsentInForce>> byMember = new HashMap<>();
        run(connection, FOR_MEMBERS_OF, family.value(), day, (person, consent) -> byMember.computeIfAbsent(
                        person, p -> new ArrayList<>())
                .add(consent));
        return byMember;
    }

    /**
     * The family's members, each with the consents in force on the day of those among {@code subjects}
     * (an empty list for the others).
     */
    public static Map<PersonId, List<ConsentInForce>> runForMembersAsked(
            Connection connection, FamilyId family, Set<PersonId> subjects, LocalDate day) throws SQLException {
        Map<PersonId, List<ConsentInForce>> byMember = new HashMap<>();
        Date date = Date.valueOf(day);
        try (PreparedStatement statement = connection.prepareStatement(MEMBERS_WITH_SUBJECTS_IN_FORCE)) {
            statement.setDate(1, date);
            statement.setArray(
                    2,
                    connection.createArrayOf(
                            "uuid", subjects.stream().map(PersonId::value).toArray()));
            for (int p = 3; p <= 6; p++) {
                statement.setDate(p, date);
            }
            statement.setObject(7, family.value());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<ConsentInForce> inForce = byMember.computeIfAbsent(
                            new PersonId(rows.getObject("member", UUID.class)), member -> new ArrayList<>());
                    if (rows.getObject("consent_id") != null) {
                        inForce.add(toDomain(rows));
                    }
                }
            }
        }
        return byMember;
    }

    private interface Found {
        void add(PersonId subject, ConsentInForce consent);
    }

    private static void run(Connection connection, String sql, UUID key, LocalDate day, Found found)
            throws SQLException {
        Date date = Date.valueOf(day);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            statement.setDate(2, date);
            statement.setDate(3, date);
            statement.setDate(4, date);
            statement.setDate(5, date);
            statement.setDate(6, date);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new PersonId(rows.getObject("subject_id", UUID.class)), toDomain(rows));
                }
            }
        }
    }

    /** The latest version of each consent that had taken effect by the day. */
    private static final String VERSIONS_OF =
            """
            select distinct on (consent_id) *
              from consent_version
             where consent_id = any (?) and effective_from <= ?
             order by consent_id, number desc
            """;

    /**
     * Where each of the consents stands on the day, by its version in force then; a consent with no
     * version in force yet is left out.
     */
    public static Map<ConsentId, ConsentStatus> statusesOn(
            Connection connection, Set<ConsentId> consents, LocalDate day) throws SQLException {
        Map<ConsentId, ConsentStatus> statuses = new HashMap<>();
        if (consents.isEmpty()) {
            return statuses;
        }
        try (PreparedStatement statement = connection.prepareStatement(VERSIONS_OF)) {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", consents.stream().map(ConsentId::value).toArray()));
            statement.setDate(2, Date.valueOf(day));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ConsentVersionEntity version = versionOf(rows);
                    statuses.put(
                            new ConsentId(version.consentId),
                            ConsentMapper.toDomain(version).statusOn(day));
                }
            }
        }
        return statuses;
    }

    private static ConsentInForce toDomain(ResultSet rows) throws SQLException {
        ConsentVersionEntity version = versionOf(rows);
        Set<OrganisationId> organisations = new HashSet<>();
        for (String code : strings(rows.getArray("organisations"))) {
            organisations.add(new OrganisationId(code));
        }
        Set<String> practitioners = new HashSet<>(Arrays.asList(strings(rows.getArray("practitioners"))));
        return new ConsentInForce(
                new ConsentId(version.consentId),
                new FamilyId(rows.getObject("family_id", UUID.class)),
                ConsentMapper.toDomain(version),
                new TeamAroundTheFamily(organisations, practitioners));
    }

    /** A version from a row with consent_version's columns, by name. */
    static ConsentVersionEntity versionOf(ResultSet rows) throws SQLException {
        ConsentVersionEntity version = new ConsentVersionEntity();
        version.consentId = rows.getObject("consent_id", UUID.class);
        version.number = rows.getInt("number");
        version.change = rows.getString("change");
        version.decision = rows.getString("decision");
        version.purposes = strings(rows.getArray("purposes"));
        version.recipients = strings(rows.getArray("recipients"));
        version.categories = strings(rows.getArray("categories"));
        version.excludedPersonIds = uuids(rows.getArray("excluded_person_ids"));
        version.notesKeptIn = rows.getString("notes_kept_in");
        version.method = rows.getString("method");
        version.termsEffectiveFrom = rows.getObject("terms_effective_from", LocalDate.class);
        version.reviewBy = rows.getObject("review_by", LocalDate.class);
        version.formReference = rows.getString("form_reference");
        version.effectiveFrom = rows.getObject("effective_from", LocalDate.class);
        version.recordedAt = rows.getTimestamp("recorded_at").toInstant();
        version.recordedBy = rows.getString("recorded_by");
        version.recordedFor = rows.getString("recorded_for");
        return version;
    }

    private static String[] strings(Array array) throws SQLException {
        if (array == null) {
            return new String[0];
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values)
                .filter(java.util.Objects::nonNull)
                .map(Object::toString)
                .toArray(String[]::new);
    }

    private static UUID[] uuids(Array array) throws SQLException {
        if (array == null) {
            return new UUID[0];
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(value -> (UUID) value).toArray(UUID[]::new);
    }
}
