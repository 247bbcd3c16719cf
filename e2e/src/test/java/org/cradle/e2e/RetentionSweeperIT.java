package org.cradle.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention sweeper survives being killed: a third instance sweeping on its schedule is killed
 * (SIGKILL) in the middle of a sweep, and every record is then either untouched or wholly destroyed with
 * its certificate and tombstone, never half; the two deployed instances then sweep at once and finish
 * the work, each record destroyed exactly once.
 *
 * <p>Order 5: the deployment is whole (OutageIT, later, stops PostgreSQL; ReadinessIT stops Keycloak).
 */
@Order(5)
@ExtendWith(Deployment.Extension.class)
class RetentionSweeperIT {

    /** Allegation records concluded in 2010 about an adult born in 1950: due since 2020-06-30. */
    private static final int RECORDS = 2000;

    private static final String ORGANISATION = "south-council";

    /** Destructions committed before the kill. */
    private static final int KILL_AFTER = 100;

    /** The seeded episodes: their ids are md5('e2e-sweep-episode-' || n) as UUIDs. */
    private static final String SEEDED =
            "(select md5('e2e-sweep-episode-' || n)::uuid from generate_series(1, " + RECORDS + ") n)";

    private static Deployment deployment;

    @BeforeAll
    static void deploy(Deployment deployed) {
        deployment = deployed;
    }

    @Test
    void a_sweep_killed_mid_batch_leaves_nothing_half_destroyed_and_two_instances_finish_it_exactly_once()
            throws Exception {
        List<String> report = new ArrayList<>();
        seed();
        Api admin = Api.of(deployment.first, deployment.keycloak.userToken("admin"));
        admin.put("/organisations/{code}", Map.of("name", "South Council", "sector", "LOCAL_AUTHORITY"), ORGANISATION)
                .statusCode(anyOf(equalTo(200), equalTo(201)));
        Api officer = Api.of(deployment.first, deployment.keycloak.userToken("records-officer.south"));
        Integer current = officer.get("/retention/rules/LA-ALLEGATION")
                .statusCode(200)
                .extract()
                .path("setting.version");
        int version = current == null ? 0 : current;
        officer.put(
                        "/retention/rules/LA-ALLEGATION/setting",
                        Map.of(
                                "version",
                                version,
                                "automaticDestruction",
                                true,
                                "reason",
                                "Our schedule destroys concluded allegations."))
                .statusCode(200);
        Instant recomputing = Instant.now();
        officer.post("/retention/queue/recomputation", Map.of()).statusCode(200);
        report.add(String.format(
                Locale.ROOT,
                "  recomputed south-council's dates in %d ms",
                Duration.between(recomputing, Instant.now()).toMillis()));
        assertThat(deployment.postgres.number("select count(*) from retention_record where record_id in " + SEEDED
                        + " and status = 'DATED' and review_on = date '2020-06-30' and automatic_destruction"))
                .isEqualTo(RECORDS);

        // A third instance sweeps every second, five records per transaction; it is killed once it has
        // destroyed a hundred, long before it can have destroyed all.
        Map<String, String> settings =
                new HashMap<>(CradleInstance.productionSettings(deployment.postgres, deployment.keycloak));
        settings.put("CRADLE_RETENTION_SWEEP_INTERVAL", "PT1S");
        settings.put("CRADLE_RETENTION_SWEEP_BATCH_SIZE", "5");
        CradleInstance sweeper =
                CradleInstance.fromJar("cradle-c-sweeper", deployment.jar, settings, deployment.work.resolve("c"));
        long destroyedAtKill;
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            // Some way into the sweep: batches committed behind it, one open (the sweeper spends nearly all
            // its time inside a batch's transaction).
            while (certificates() < KILL_AFTER) {
                assertThat(Instant.now()).as("the sweeper destroying something").isBefore(deadline);
                Thread.sleep(10);
            }
            sweeper.kill();
            destroyedAtKill = certificates();
        } finally {
            sweeper.close();
        }
        report.add(String.format(
                Locale.ROOT, "  killed the sweeping instance after %d of %d destructions", destroyedAtKill, RECORDS));
        assertThat(destroyedAtKill).as("killed mid-sweep").isBetween(1L, RECORDS - 1L);

        assertNothingHalfDestroyed(destroyedAtKill);

        // The two deployed instances sweep at once and finish the work.
        List<Api> officers =
                List.of(officer, Api.of(deployment.second, deployment.keycloak.userToken("records-officer.south")));
        Instant resuming = Instant.now();
        List<CompletableFuture<JsonPath>> sweeps = officers.stream()
                .map(api -> CompletableFuture.supplyAsync(() -> api.post("/retention/sweeps", Map.of("dryRun", false))
                        .statusCode(200)
                        .extract()
                        .jsonPath()))
                .toList();
        long destroyedByBoth = 0;
        for (CompletableFuture<JsonPath> sweep : sweeps) {
            destroyedByBoth += sweep.join().getInt("actions.DESTROY");
        }
        report.add(String.format(
                Locale.ROOT,
                "  both instances at once destroyed the remaining %d in %d ms",
                destroyedByBoth,
                Duration.between(resuming, Instant.now()).toMillis()));

        assertThat(destroyedByBoth).isEqualTo(RECORDS - destroyedAtKill);
        assertThat(certificates()).isEqualTo(RECORDS);
        assertThat(deployment.postgres.number("select count(*) from retention_tombstone where record_type = 'EPISODE'"
                        + " and record_id in " + SEEDED))
                .isEqualTo(RECORDS);
        assertThat(deployment.postgres.number("select count(*) from episode where id in " + SEEDED))
                .isZero();
        assertThat(deployment.postgres.number("select count(*) from audit_event where action ="
                        + " 'RETENTION_RECORD_DESTROYED' and record_id in " + SEEDED))
                .as("one audit event per destruction, none for the killed batch")
                .isEqualTo(RECORDS);
        Files.writeString(deployment.work.resolve("retention-sweeper.txt"), String.join("\n", report) + "\n");
        report.forEach(System.out::println);
    }

    private static long certificates() throws Exception {
        return deployment.postgres.number("select count(*) from retention_certificate where record_id in " + SEEDED);
    }

    /**
     * Each record is either untouched (episode, family, person, kept date, no certificate) or wholly
     * destroyed (certificate and tombstones, none of its rows left).
     */
    private static void assertNothingHalfDestroyed(long destroyed) throws Exception {
        PostgresServer postgres = deployment.postgres;
        assertThat(postgres.number("select count(*) from episode e join family f on f.id = e.family_id"
                        + " join family_member m on m.family_id = f.id join person p on p.id = m.person_id"
                        + " join retention_record r on r.record_id = e.id"
                        + " where e.id in " + SEEDED
                        + " and not exists (select 1 from retention_certificate c where c.record_id = e.id)"
                        + " and not exists (select 1 from retention_tombstone t where t.record_id = e.id)"))
                .as("records untouched, whole")
                .isEqualTo(RECORDS - destroyed);
        assertThat(postgres.number("select count(*) from retention_certificate c where c.record_id in " + SEEDED
                        + " and not exists (select 1 from episode e where e.id = c.record_id)"
                        + " and not exists (select 1 from family f where f.id = c.family_id)"
                        + " and not exists (select 1 from retention_record r where r.record_id = c.record_id)"
                        + " and (select count(*) from retention_tombstone t where t.certificate_id = c.id"
                        + " and t.record_type in ('EPISODE', 'FAMILY', 'PERSON')) = 3"))
                .as("records destroyed, wholly, with their certificate and tombstones")
                .isEqualTo(destroyed);
    }

    /** The records, loaded as a data migration would: families of one adult with a concluded allegation. */
    private static void seed() throws Exception {
        String numbers = " from generate_series(1, " + RECORDS + ") n";
        deployment.postgres.execute(
                """
                insert into family (id, name, record_keeping_mode, created_at, version)
                select md5('e2e-sweep-family-' || n)::uuid, 'Swept household ' || n, 'LINKED', now(), 0 %1$s;
                insert into person (id, given_name, family_name, date_of_birth, registered_at, version)
                select md5('e2e-sweep-person-' || n)::uuid, 'Swept', 'Adult ' || n, date '1950-05-05', now(), 0 %1$s;
                insert into family_member (family_id, person_id, role, lives_with_child, parental_responsibility, joined_at)
                select md5('e2e-sweep-family-' || n)::uuid, md5('e2e-sweep-person-' || n)::uuid, 'MOTHER', true, true,
                       now() %1$s;
                insert into family_involvement (id, family_id, organisation, ground, categories, since)
                select md5('e2e-sweep-involvement-' || n)::uuid, md5('e2e-sweep-family-' || n)::uuid, '%2$s',
                       'CUSTODIAN', array['BASIC_DETAILS']::varchar(40)[], now() %1$s;
                insert into episode (id, family_id, service_type, organisation, lead_practitioner, opened_on, closed_on,
                                     created_at, version)
                select md5('e2e-sweep-episode-' || n)::uuid, md5('e2e-sweep-family-' || n)::uuid, 'ALLEGATION', '%2$s',
                       'lado-' || (n %% 7), date '2009-01-10', date '2010-06-30', now(), 0 %1$s;
                insert into episode_period (episode_id, position, opened_on, closed_on)
                select md5('e2e-sweep-episode-' || n)::uuid, 0, date '2009-01-10', date '2010-06-30' %1$s;
                """
                        .formatted(numbers, ORGANISATION));
    }
}
