package org.cradle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Histories as a service holds them after years (issue 22, part 3), straight into the service's
 * migrated schema: on top of {@link Population} (families of a mother and an infant, an open episode
 * and a custodian for one organisation, two consents per person), every infant gets more consents, so
 * that it has 20–50 with their versions, and the audit trail gets {@code eventsPerPerson} events about
 * every person, plus one family-search event per 20 (about the family only), in time order.
 *
 * <p>The consents are a realistic mix, decided by the mother for her infant: given and kept (a quarter),
 * given and reviewed one to three times (two fifths), given and later withdrawn (a fifth), refused (the
 * rest, a seventh). Every version has taken effect by today, so a person's list shows them all.
 *
 * <p>The trail's events are what the service writes (the actions, record types, grounds and actors of
 * its use cases): family reads, consent reads, coverage questions, person, episode and case-note reads
 * and writes, by 60 practitioners of the organisation, some of another organisation under a referral or a
 * consent, an integration client, and a rare break-glass access. Their ids are version 7 UUIDs of their
 * time, as the service's are. The trail's secondary indexes are dropped while it loads and made again
 * afterwards from their own definitions (a bulk load is several times faster that way); the events are
 * left unsealed, for the service's own sealer to seal as shipped.
 */
final class History {

    /** The first of the infant's consents made here: {@link Population} made two already. */
    static final int POPULATION_CONSENTS = 2;

    private static final int EVENT_CHUNK = 500_000;

    private History() {}

    /** One consent made here, and its versions' changes in order. */
    record PlannedConsent(UUID id, long family, int index, List<String> changes, LocalDate firstEffective, int kind) {}

    /** How many consents infant of family {@code f} has in all, 20–50. */
    static int consentsOfInfant(long f) {
        return 20 + new Random(f * 1_000_003L).nextInt(31);
    }

    /** The consents made here for family {@code f}'s infant (beyond Population's two), from a seed of its own. */
    static List<PlannedConsent> plan(long f, LocalDate firstDay) {
        Random random = new Random(f * 1_000_003L);
        int all = 20 + random.nextInt(31);
        List<PlannedConsent> planned = new ArrayList<>();
        for (int k = 1; k <= all - POPULATION_CONSENTS; k++) {
            int r = random.nextInt(100);
            List<String> changes = new ArrayList<>();
            int kind;
            if (r < 14) {
                kind = 0; // refused
                changes.add("REFUSED");
            } else if (r < 34) {
                kind = 1; // given, perhaps reviewed, then withdrawn
                changes.add("GIVEN");
                for (int i = random.nextInt(3); i > 0; i--) {
                    changes.add("REVIEWED");
                }
                changes.add("WITHDRAWN");
            } else if (r < 60) {
                kind = 2; // given
                changes.add("GIVEN");
            } else {
                kind = 3; // given and reviewed 1–3 times
                changes.add("GIVEN");
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    changes.add("REVIEWED");
                }
            }
            // Every version in force by today: at most 360 + 3 × 45 days after firstDay (500 days ago).
            LocalDate first = firstDay.plusDays(random.nextInt(360));
            planned.add(new PlannedConsent(Population.id("history-consent", f * 100 + k), f, k, changes, first, kind));
        }
        return planned;
    }

    /** Adds the infants' consents of families 1…{@code families}; returns consents and versions added. */
    static long[] loadConsents(Connection connection, long families, LocalDate firstDay, String organisation)
            throws SQLException {
        long consents = 0;
        long versions = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement consent = connection.prepareStatement("insert into consent (id, family_id,"
                        + " subject_id, grantor_id, organisation, created_at, current_number, current_status,"
                        + " current_review_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement version = connection.prepareStatement("insert into consent_version (consent_id,"
                        + " number, subject_id, change, decision, purposes, recipients, categories,"
                        + " excluded_person_ids, notes_kept_in, method, terms_effective_from, review_by,"
                        + " form_reference, effective_from, recorded_at, recorded_by, recorded_for) values (?, ?, ?,"
                        + " ?, ?, ?::varchar(40)[], ?::varchar(400)[], ?::varchar(40)[], '{}'::uuid[], ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?)")) {
            for (long f = 1; f <= families; f++) {
                UUID family = Population.family(f);
                UUID mother = Population.person(2 * f - 1);
                UUID infant = Population.person(2 * f);
                for (PlannedConsent planned : plan(f, firstDay)) {
                    Random terms = new Random(planned.id().getLeastSignificantBits());
                    String purposes =
                            switch (terms.nextInt(4)) {
                                case 0 -> "{DIRECT_SUPPORT,SAFEGUARDING_REFERRAL}";
                                case 1 -> "{TRAINING_AND_SUPERVISION}";
                                default -> "{DIRECT_SUPPORT}";
                            };
                    String recipients =
                            switch (terms.nextInt(5)) {
                                case 0 -> "{ORGANISATION:south-council}";
                                case 1 -> "{ROLE:safeguarding-lead,TEAM_AROUND_THE_FAMILY}";
                                case 2 -> "{PRACTITIONER:" + organisation + "|p-" + (f % 60) + "}";
                                default -> "{TEAM_AROUND_THE_FAMILY}";
                            };
                    String categories = terms.nextInt(4) == 0
                            ? "{BASIC_DETAILS,DEVELOPMENT_AND_HEALTH,MENTAL_HEALTH}"
                            : "{BASIC_DETAILS,DEVELOPMENT_AND_HEALTH}";
                    String method = terms.nextBoolean() ? "EXPLICIT_WRITTEN" : "EXPLICIT_VERBAL";
                    String decision = planned.kind() == 0 ? "REFUSED" : "GIVEN";
                    int n = planned.changes().size();
                    LocalDate lastEffective = planned.firstEffective().plusDays(45L * (n - 1));
                    String last = planned.changes().get(n - 1);
                    String status = last.equals("WITHDRAWN") ? "WITHDRAWN" : decision;
                    Timestamp created = Timestamp.valueOf(
                            planned.firstEffective().atTime(LocalTime.of(9, 0)).plusMinutes(planned.index()));
                    consent.setObject(1, planned.id());
                    consent.setObject(2, family);
                    consent.setObject(3, infant);
                    consent.setObject(4, mother);
                    consent.setString(5, organisation);
                    consent.setTimestamp(6, created);
                    consent.setInt(7, n);
                    consent.setString(8, status);
                    consent.setDate(9, Date.valueOf(lastEffective.plusDays(365)));
                    consent.setLong(10, n - 1);
                    consent.addBatch();
                    consents++;
                    for (int number = 1; number <= n; number++) {
                        LocalDate effective = planned.firstEffective().plusDays(45L * (number - 1));
                        int p = 1;
                        version.setObject(p++, planned.id());
                        version.setInt(p++, number);
                        version.setObject(p++, infant);
                        version.setString(p++, planned.changes().get(number - 1));
                        version.setString(p++, decision);
                        version.setString(p++, purposes);
                        version.setString(p++, recipients);
                        version.setString(p++, categories);
                        version.setString(p++, "INFANT_RECORD");
                        version.setString(p++, method);
                        version.setDate(p++, Date.valueOf(effective));
                        version.setDate(p++, Date.valueOf(effective.plusDays(365)));
                        version.setString(p++, "form-" + f + "-" + planned.index());
                        version.setDate(p++, Date.valueOf(effective));
                        version.setTimestamp(p++, Timestamp.valueOf(effective.atTime(LocalTime.of(10, 0))));
                        version.setString(p++, "p-" + (f % 60));
                        version.setString(p, organisation);
                        version.addBatch();
                        versions++;
                    }
                }
                if (f % 250 == 0 || f == families) {
                    consent.executeBatch();
                    version.executeBatch();
                    connection.commit();
                }
                if (f % 1000 == 0 || f == families) {
                    System.out.printf(Locale.ROOT, "  infants' consents: %,d families, %,d consents%n", f, consents);
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new long[] {consents, versions};
    }

    /**
     * {@code eventsPerPerson} events about each of {@code people} people, and one family-search event
     * (about the family only) after every 20, spread evenly in time over the last three years, in
     * sequence order. Returns the events added.
     */
    static long loadAuditEvents(Connection connection, long people, int eventsPerPerson, String organisation)
            throws SQLException {
        long perPersonSlots = eventsPerPerson + eventsPerPerson / 20; // every 21st slot a family search
        long total = people * perPersonSlots;
        List<String> indexes = new ArrayList<>();
        try (Statement sql = connection.createStatement()) {
            sql.execute("set synchronous_commit = off");
            sql.execute("set maintenance_work_mem = '1GB'");
            sql.execute(BENCH_ID);
            sql.execute(UUID7);
            // The secondary indexes (not the primary key nor the unique id: they grow at their edge), as
            // the service's migrations made them, to be made again after the load.
            try (ResultSet rows = sql.executeQuery("select i.relname, pg_get_indexdef(i.oid) from pg_index x"
                    + " join pg_class i on i.oid = x.indexrelid where x.indrelid = 'audit_event'::regclass"
                    + " and not x.indisprimary and not exists (select 1 from pg_constraint c where c.conindid ="
                    + " x.indexrelid) order by i.relname")) {
                while (rows.next()) {
                    indexes.add(rows.getString(2));
                    System.out.println("  audit_event index, dropped while loading: " + rows.getString(1));
                }
            }
            for (String definition : indexes) {
                String name = definition.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2");
                sql.execute("drop index " + name);
            }
            String literal = "'" + organisation.replace("'", "''") + "'";
            String insert = EVENTS.replace("{ORG}", literal)
                    .replace("{PEOPLE}", Long.toString(people))
                    .replace("{SLOTS}", Long.toString(perPersonSlots))
                    .replace("{TOTAL}", Long.toString(total));
            long t0 = System.nanoTime();
            for (long from = 0; from < total; from += EVENT_CHUNK) {
                long to = Math.min(total, from + EVENT_CHUNK) - 1;
                sql.execute(insert.replace("{FROM}", Long.toString(from)).replace("{TO}", Long.toString(to)));
                System.out.printf(
                        Locale.ROOT,
                        "  audit events %,d of %,d (%.0f s)%n",
                        to + 1,
                        total,
                        (System.nanoTime() - t0) / 1e9);
            }
            for (String definition : indexes) {
                long i0 = System.nanoTime();
                sql.execute(definition);
                System.out.printf(
                        Locale.ROOT, "  made again in %.0f s: %s%n", (System.nanoTime() - i0) / 1e9, definition);
            }
            sql.execute("drop function bench_uuid7(timestamptz, bigint)");
            sql.execute("drop function bench_id(text, bigint)");
            sql.execute("vacuum analyze audit_event");
            sql.execute("vacuum analyze consent");
            sql.execute("vacuum analyze consent_version");
        }
        return total;
    }

    /** The infants' consents, one line each, for the peer's seeding: what was loaded, read back. */
    static void writeConsentPlan(Connection connection, Path out) throws SQLException, IOException {
        StringBuilder text = new StringBuilder();
        text.append("# infant\tconsent\tversions\tstatus\tdecision\tfirst_effective\tlast_effective\n");
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select c.subject_id, c.id, c.current_number, c.current_status,"
                        + " v1.decision, v1.effective_from, vn.effective_from from consent c"
                        + " join family_member m on m.person_id = c.subject_id and m.role = 'CHILD'"
                        + " join consent_version v1 on v1.consent_id = c.id and v1.number = 1"
                        + " join consent_version vn on vn.consent_id = c.id and vn.number = c.current_number"
                        + " order by c.subject_id, c.created_at, c.id")) {
            while (rows.next()) {
                text.append(rows.getString(1))
                        .append('\t')
                        .append(rows.getString(2))
                        .append('\t')
                        .append(rows.getInt(3))
                        .append('\t')
                        .append(rows.getString(4))
                        .append('\t')
                        .append(rows.getString(5))
                        .append('\t')
                        .append(rows.getDate(6))
                        .append('\t')
                        .append(rows.getDate(7))
                        .append('\n');
            }
        }
        Files.writeString(out.resolve("infant-consents.tsv"), text);
    }

    private static final String BENCH_ID = "create or replace function bench_id(kind text, n bigint) returns uuid"
            + " language sql immutable as $$ select uuid_in(overlay(overlay(md5(kind || '-' || n) placing '3' from"
            + " 13) placing to_hex(8 + (('x' || substr(md5(kind || '-' || n), 17, 1))::bit(4)::int & 3)) from"
            + " 17)::cstring) $$";

    /** A version 7 UUID: the time's 48-bit Unix milliseconds, then bits from the event's number. */
    private static final String UUID7 = "create or replace function bench_uuid7(t timestamptz, n bigint) returns uuid"
            + " language sql immutable as $$ select (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(r, 1,"
            + " 3) || '-' || to_hex(8 + (('x' || substr(r, 4, 1))::bit(4)::int & 3)) || substr(r, 5, 3) || '-' ||"
            + " substr(r, 8, 12))::uuid from (select lpad(to_hex((extract(epoch from t) * 1000)::bigint), 12, '0') as h,"
            + " md5('event-' || n) as r) x $$";

    /**
     * Slot n: person p = 1 + n % people (a round over everyone, so that each gets the same number),
     * round j = n / people; every 21st round of a person is a search that found the family. The
     * actions, actors and grounds are spread by two multiplicative hashes of n.
     */
    private static final String EVENTS =
            """
            insert into audit_event (id, occurred_at, actor_subject, actor_organisation, action, record_type,
                                     record_id, family_id, actor_kind, person_id, category, ground)
            select bench_uuid7(t, n), t,
                   case when a < 930 then bench_id('practitioner', a %% 60)::text
                        when a < 995 then bench_id('practitioner-other', a %% 20)::text
                        when a < 999 then 'service-account-school-census'
                        else bench_id('practitioner-ed', a %% 5)::text end,
                   case when a < 930 or (a >= 995 and a < 999) then {ORG}
                        when a < 980 then 'south-council' when a < 995 then 'nhs-trust-1' else 'hospital-ed' end,
                   action, record_type, record_id, bench_id('family', fam),
                   case when a >= 995 and a < 999 then 'INTEGRATION_CLIENT' else 'PRACTITIONER' end,
                   case when search then null else bench_id('person', p) end,
                   case when action in ('CASE_NOTE_READ', 'CASE_NOTE_WRITTEN', 'EPISODE_READ') then 'DEVELOPMENT_AND_HEALTH'
                        else 'BASIC_DETAILS' end,
                   case when a < 930 or (a >= 995 and a < 999) then 'OWN_ORGANISATION'
                        when a < 980 then 'REFERRAL' when a < 995 then 'CONSENT' else 'BREAK_GLASS' end
              from (
                select n, p, fam, a, search, t,
                       case when search then 'FAMILY_FOUND_IN_SEARCH' when h < 300 then 'FAMILY_READ'
                            when h < 600 then 'CONSENT_READ' when h < 750 then 'CONSENT_COVERAGE_CHECKED'
                            when h < 830 then 'PERSON_READ' when h < 900 then 'CASE_NOTE_READ'
                            when h < 950 then 'EPISODE_READ' when h < 970 then 'CASE_NOTE_WRITTEN'
                            when h < 985 then 'CONSENT_REVIEWED' when h < 995 then 'SHARING_DECISION_READ'
                            else 'RETENTION_READ' end as action,
                       case when search or h < 300 then 'FAMILY' when h < 600 or (h >= 970 and h < 985) then 'CONSENT'
                            when h < 830 then 'PERSON' when h < 900 or (h >= 950 and h < 970) then 'CASE_NOTE'
                            when h < 950 then 'EPISODE' when h < 995 then 'SHARING_DECISION' else 'EPISODE' end
                         as record_type,
                       case when search or h < 300 then bench_id('family', fam)
                            when h < 600 or (h >= 970 and h < 985) then bench_id('consent', p * 2 + n %% 2)
                            when h < 830 then bench_id('person', p)
                            when h < 900 or (h >= 950 and h < 970) then bench_id('note', fam * 10 + n %% 10)
                            when h < 950 or h >= 995 then bench_id('episode', fam)
                            else bench_id('decision', n) end as record_id
                  from (
                    select n, 1 + n %% {PEOPLE} as p, (2 + n %% {PEOPLE}) / 2 as fam,
                           (n * 2654435761) %% 1000 as h, (n * 40503 + 17) %% 1000 as a,
                           (n / {PEOPLE}) %% 21 = 20 as search,
                           now() - interval '1095 days' + (interval '1094 days') * (n::float8 / {TOTAL}) as t
                      from generate_series({FROM}::bigint, {TO}::bigint) n
                  ) s
              ) e
             order by n;
            """
                    .replace("%%", "%");
}
