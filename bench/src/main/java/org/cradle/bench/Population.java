package org.cradle.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cradle.domain.consent.InformationCategory;

/**
 * A realistic volume of people generated straight into the service's schema (its Flyway migrations
 * must have run), shared by the benchmarks: {@code people} people in families of a mother (odd
 * numbers) and a child (even numbers), one open episode per family, two consents per person with five
 * versions between them. Made in PostgreSQL, a chunk at a time.
 *
 * <p>On a schema with need-to-know access ({@code family_involvement}, migration V4), each family also
 * gets its custodian, as {@code PanacheInvolvements.addCustodian} writes it (ground CUSTODIAN, every
 * information category): the organisation of its episode. Spread over several organisations
 * ({@link Shape#across}), some families are also referred to a second one (ground REFERRAL, the whole
 * family, basic details and development and health). A schema without the table (a service from
 * before V4) gets the same families, people, episodes and consents, without involvements.
 *
 * <p>Ids are name-based UUIDs, the same in SQL ({@code bench_id(kind, n)}) and in Java
 * ({@link #id(String, long)}): person {@code i} (1…people), family {@code f} = (i + 1) / 2.
 */
public final class Population {

    /**
     * Where the dates start and which organisation does the work.
     *
     * @param firstDay the first episode opens and the first consent versions take effect from this
     *     day (then spread over the following 500 days)
     * @param organisation the organisation with the open episodes that records the consents; null to
     *     spread them over fifty organisations {@code org-0}…{@code org-49}
     */
    public record Shape(LocalDate firstDay, String organisation, List<String> organisations, int referredPercent) {

        public Shape(LocalDate firstDay, String organisation) {
            this(firstDay, organisation, List.of(), 0);
        }

        public Shape {
            organisations = List.copyOf(organisations);
            organisations.forEach(o -> {
                if (!ORGANISATION.matcher(o).matches()) {
                    throw new IllegalArgumentException("not an organisation code: " + o);
                }
            });
            if (referredPercent < 0 || referredPercent > 100 || (referredPercent > 0 && organisations.size() < 2)) {
                throw new IllegalArgumentException("referrals need two organisations or more, and 0–100 %");
            }
        }

        /**
         * Family {@code f} held by {@code organisations[f % n]} (its custodian, its episode, its
         * consents); {@code referredPercent} % of the families also referred to another of them.
         */
        public static Shape across(LocalDate firstDay, List<String> organisations, int referredPercent) {
            if (organisations.isEmpty()) {
                throw new IllegalArgumentException("no organisations");
            }
            return new Shape(firstDay, null, organisations, referredPercent);
        }

        /** The organisation holding family {@code f} (1-based); only for {@link #across}. */
        public String custodianOf(long f) {
            return organisations.get((int) (f % organisations.size()));
        }

        /** The organisation family {@code f} is referred to, or null; only for {@link #across}. */
        public String referredTo(long f) {
            int n = organisations.size();
            if ((f / n) % 100 >= referredPercent) {
                return null;
            }
            return organisations.get((int) ((f % n + 1 + (f / n) % (n - 1)) % n));
        }

        /** The same rules as SQL expressions of {@code f}, with {@code %} doubled for String.format. */
        String custodianSql(String f) {
            return orgArray() + "[1 + (" + f + ") %% " + organisations.size() + "]";
        }

        String referredSql(String f) {
            int n = organisations.size();
            return "(" + f + " / " + n + ") %% 100 < " + referredPercent;
        }

        String recipientSql(String f) {
            int n = organisations.size();
            return orgArray() + "[1 + ((" + f + ") %% " + n + " + 1 + (" + f + " / " + n + ") %% " + (n - 1) + ") %% "
                    + n + "]";
        }

        private String orgArray() {
            return organisations.stream().map(o -> "'" + o + "'").collect(Collectors.joining(",", "(array[", "])"));
        }
    }

    private static final Pattern ORGANISATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private static final int CHUNK = 100_000;

    private Population() {}

    /** Person {@code i}'s id, 1-based. */
    public static UUID person(long i) {
        return id("person", i);
    }

    /** Family {@code f}'s id, 1-based: people {@code 2f - 1} (the mother) and {@code 2f} (the child). */
    public static UUID family(long f) {
        return id("family", f);
    }

    /** The id SQL's {@code bench_id(kind, n)} gives: a version 3 (MD5, name-based) UUID of "kind-n". */
    public static UUID id(String kind, long n) {
        return UUID.nameUUIDFromBytes((kind + "-" + n).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Families of a mother and a child, each family with one open episode; each person has two
     * consents: the first given, reviewed, then withdrawn (one in three) or reviewed again; the second
     * given (or refused, one in seven) and reviewed.
     */
    public static void load(Connection connection, int people, Shape shape) throws SQLException {
        String firstDay = shape.firstDay().toString();
        String byFamily;
        String byPerson;
        if (!shape.organisations().isEmpty()) {
            byFamily = shape.custodianSql("f");
            byPerson = shape.custodianSql("(i + 1) / 2");
        } else if (shape.organisation() == null) {
            byFamily = "'org-' || (f %% 50)";
            byPerson = "'org-' || (i %% 50)";
        } else {
            String literal = "'" + shape.organisation().replace("'", "''").replace("%", "%%") + "'";
            byFamily = literal;
            byPerson = literal;
        }
        String template = TEMPLATE.replace("{FIRST_DAY}", firstDay)
                .replace("{ORG_BY_FAMILY}", byFamily)
                .replace("{ORG_BY_PERSON}", byPerson);
        String involvements = "";
        if (involvementsTable(connection)) {
            String all = Arrays.stream(InformationCategory.values())
                    .map(c -> "'" + c.name() + "'")
                    .collect(Collectors.joining(", ", "array[", "]::varchar(40)[]"));
            involvements = INVOLVEMENTS.replace("{ORG_BY_FAMILY}", byFamily).replace("{ALL_CATEGORIES}", all);
            if (shape.referredPercent() > 0) {
                involvements += REFERRALS
                        .replace("{ORG_BY_FAMILY}", byFamily)
                        .replace("{RECIPIENT}", shape.recipientSql("f"))
                        .replace("{REFERRED}", shape.referredSql("f"));
            }
            involvements = involvements.replace("%%", "%"); // not a format: the expressions are made for one
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("set synchronous_commit = off");
            sql.execute("create or replace function bench_id(kind text, n bigint) returns uuid language sql immutable"
                    + " as $$ select uuid_in(overlay(overlay(md5(kind || '-' || n) placing '3' from 13) placing"
                    + " to_hex(8 + (('x' || substr(md5(kind || '-' || n), 17, 1))::bit(4)::int & 3)) from 17)::cstring)"
                    + " $$");
            for (int from = 1; from <= people; from += CHUNK) {
                int to = Math.min(people, from + CHUNK - 1);
                int firstFamily = (from + 1) / 2;
                int lastFamily = to / 2;
                sql.execute(String.format(
                        Locale.ROOT,
                        template,
                        firstFamily,
                        lastFamily,
                        from,
                        to,
                        from,
                        to,
                        firstFamily,
                        lastFamily,
                        firstFamily,
                        lastFamily,
                        from,
                        to,
                        from,
                        to));
                if (!involvements.isEmpty()) {
                    sql.execute(involvements
                            .replace("{FIRST}", Integer.toString(firstFamily))
                            .replace("{LAST}", Integer.toString(lastFamily)));
                }
                System.out.printf(Locale.ROOT, "  loaded people %,d–%,d%n", from, to);
            }
            sql.execute("drop function bench_id(text, bigint)");
            sql.execute("vacuum analyze");
        }
    }

    /** Whether the schema has need-to-know involvements (migration V4). */
    public static boolean involvementsTable(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select to_regclass('family_involvement') is not null")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /** Each family's custodian, as {@code PanacheInvolvements.addCustodian} writes it. */
    private static final String INVOLVEMENTS =
            """
            insert into family_involvement (id, family_id, organisation, ground, categories, since)
            select bench_id('custodian', f), bench_id('family', f), {ORG_BY_FAMILY}, 'CUSTODIAN', {ALL_CATEGORIES}, now()
              from generate_series({FIRST}, {LAST}) f;
            """;

    /** An accepted referral of the whole family to a second organisation, for some families. */
    private static final String REFERRALS =
            """
            insert into family_involvement (id, family_id, organisation, ground, referred_by, referral_id, people,
                                            categories, since)
            select bench_id('involvement', f), bench_id('family', f), {RECIPIENT}, 'REFERRAL', {ORG_BY_FAMILY},
                   bench_id('referral', f), null, array['BASIC_DETAILS', 'DEVELOPMENT_AND_HEALTH']::varchar(40)[], now()
              from generate_series({FIRST}, {LAST}) f
             where {REFERRED};
            """;

    private static final String TEMPLATE =
            """
            insert into family (id, name, record_keeping_mode, created_at, version)
            select bench_id('family', f), 'Household ' || f, 'LINKED', now(), 0
              from generate_series(%d, %d) f;
            insert into person (id, given_name, family_name, date_of_birth, registered_at, version)
            select bench_id('person', i), 'Given' || i, 'Family' || (i / 2),
                   case when i %% 2 = 1 then date '1990-01-01' + (i %% 3000) else date '2023-06-01' + (i %% 500) end,
                   now(), 0
              from generate_series(%d, %d) i;
            insert into family_member (family_id, person_id, role, lives_with_child, parental_responsibility, joined_at)
            select bench_id('family', (i + 1) / 2), bench_id('person', i),
                   case when i %% 2 = 1 then 'MOTHER' else 'CHILD' end, true, i %% 2 = 1, now()
              from generate_series(%d, %d) i;
            insert into episode (id, family_id, service_type, organisation, lead_practitioner, opened_on, closed_on, created_at, version)
            select bench_id('episode', f), bench_id('family', f), 'EARLY_HELP', {ORG_BY_FAMILY},
                   'p-' || (f %% 2000), date '{FIRST_DAY}' + (f %% 300), null, now(), 0
              from generate_series(%d, %d) f;
            insert into episode_period (episode_id, position, opened_on, closed_on)
            select bench_id('episode', f), 0, date '{FIRST_DAY}' + (f %% 300), null
              from generate_series(%d, %d) f;
            insert into consent (id, family_id, subject_id, grantor_id, organisation, created_at,
                                 current_number, current_status, current_review_by, version)
            select bench_id('consent', i * 2 + k - 1), bench_id('family', (i + 1) / 2), bench_id('person', i),
                   bench_id('person', case when i %% 2 = 1 then i else i - 1 end), {ORG_BY_PERSON}, now(),
                   case when k = 1 then 3 else 2 end,
                   case when k = 1 and i %% 3 = 0 then 'WITHDRAWN'
                        when k = 2 and i %% 7 = 0 then 'REFUSED' else 'GIVEN' end,
                   date '{FIRST_DAY}' + (i %% 500) + case when k = 1 then 240 else 230 end + 365, 2
              from generate_series(%d, %d) i cross join (values (1), (2)) as c(k);
            insert into consent_version (consent_id, number, subject_id, change, decision, purposes, recipients,
                                         categories, excluded_person_ids, notes_kept_in, method,
                                         terms_effective_from, review_by, form_reference, effective_from,
                                         recorded_at, recorded_by, recorded_for)
            select bench_id('consent', i * 2 + k - 1), n, bench_id('person', i),
                   case when n = 1 and k = 2 and i %% 7 = 0 then 'REFUSED'
                        when n = 1 then 'GIVEN'
                        when k = 1 and n = 3 and i %% 3 = 0 then 'WITHDRAWN'
                        else 'REVIEWED' end,
                   case when k = 2 and i %% 7 = 0 then 'REFUSED' else 'GIVEN' end,
                   case when k = 1 then array['DIRECT_SUPPORT']::varchar(40)[]
                        else array['DIRECT_SUPPORT', 'SAFEGUARDING_REFERRAL']::varchar(40)[] end,
                   case when k = 1 then array['ORGANISATION:org-' || (i %% 50), 'TEAM_AROUND_THE_FAMILY']::varchar(400)[]
                        else array['ROLE:safeguarding-lead', 'PRACTITIONER:org-3|p-17', 'ORGANISATION:org-' || ((i + 7) %% 50)]::varchar(400)[] end,
                   case when k = 1 then array['BASIC_DETAILS', 'DEVELOPMENT_AND_HEALTH']::varchar(40)[]
                        else array['BASIC_DETAILS', 'MENTAL_HEALTH']::varchar(40)[] end,
                   '{}'::uuid[], 'INFANT_RECORD', 'EXPLICIT_WRITTEN',
                   date '{FIRST_DAY}' + (i %% 500) + case when k = 1 then (n - 1) * 120 else 30 + (n - 1) * 200 end,
                   date '{FIRST_DAY}' + (i %% 500) + case when k = 1 then (n - 1) * 120 else 30 + (n - 1) * 200 end + 365,
                   'form-' || i, date '{FIRST_DAY}' + (i %% 500) + case when k = 1 then (n - 1) * 120 else 30 + (n - 1) * 200 end,
                   now(), 'p-' || (i %% 2000), {ORG_BY_PERSON}
              from generate_series(%d, %d) i
             cross join (values (1, 1), (1, 2), (1, 3), (2, 1), (2, 2)) as v(k, n);
            """;
}
