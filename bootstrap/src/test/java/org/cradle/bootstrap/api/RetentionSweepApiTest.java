package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.cradle.bootstrap.api.Retention.closedWork;
import static org.cradle.bootstrap.api.Retention.decide;
import static org.cradle.bootstrap.api.Retention.hold;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.cradle.application.chain.SealChain;
import org.cradle.bootstrap.api.Retention.Service;
import org.cradle.bootstrap.api.Retention.Work;
import org.junit.jupiter.api.Test;

/**
 * The retention sweeper through HTTP with real tokens: a dry run reports what the real run then does and
 * changes no table; a destruction takes the episode and what hangs from it, leaving tombstones and a
 * certificate; a hold beats a decided destruction; two sweeps at once destroy each record exactly once.
 * Tests sweep in batches of two records (the test profile), so every sweep here spans several batches.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RetentionSweepApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    SealChain sealChain;

    @Inject
    org.cradle.application.retention.SweepRetention sweepRetention;

    /** A council that destroys allegation records automatically once due. */
    private static Service councilDestroyingAllegations() {
        Service council = Service.of("LOCAL_AUTHORITY");
        council.recordsOfficer()
                .put(
                        "/retention/rules/LA-ALLEGATION/setting",
                        Map.of("version", 0, "automaticDestruction", true, "reason", "Our schedule destroys them."))
                .statusCode(200);
        return council;
    }

    /** An allegation concluded in 2010 about a mother born in 1950: LA-ALLEGATION dates it 2020-06-30. */
    private static Work concludedAllegation(Service council) {
        return closedWork(council, "ALLEGATION", "2009-01-10", "2010-06-30", "1950-05-05", "2000-01-01");
    }

    /** Early help closed in 2010 for a child born in 2000: due on 2021-01-01. */
    private static Work dueEarlyHelp(Service council) {
        return closedWork(council, "EARLY_HELP", "2005-01-10", "2010-06-30", "1980-05-05", "2000-01-01");
    }

    private static JsonPath sweep(Service council, boolean dryRun) {
        return council.recordsOfficer()
                .post("/retention/sweeps", Map.of("dryRun", dryRun))
                .statusCode(200)
                .body("dryRun", equalTo(dryRun))
                .extract()
                .jsonPath();
    }

    @Test
    void a_dry_run_reports_exactly_what_the_sweep_then_does_and_changes_no_table() throws Exception {
        Service council = councilDestroyingAllegations();
        // The allegation's records are made while it is open; it concluded in 2010.
        String family = council.practitioner().createFamily("Allegation household");
        String episode = Retention.open(council, family, "ALLEGATION", "2009-01-10");
        String mother = council.practitioner()
                .addNewPerson(family, person("Ada", "Retained", "1950-05-05", NhsNumbers.fresh()), "MOTHER", true);
        String infant = council.practitioner()
                .addNewPerson(family, person("Cy", "Retained", "2000-01-01", NhsNumbers.fresh()), "CHILD", false);
        Work allegation = new Work(family, mother, infant, episode);
        String note = council.practitioner()
                .post(
                        "/episodes/{id}/case-notes",
                        Map.of(
                                "text",
                                "Strategy meeting held.",
                                "category",
                                "BASIC_DETAILS",
                                "kind",
                                "FACT",
                                "about",
                                List.of(allegation.mother())),
                        allegation.episode())
                .statusCode(201)
                .extract()
                .path("id");
        Api.as("admin")
                .put(
                        "/organisations/{code}",
                        Map.of("name", "South Council", "sector", "LOCAL_AUTHORITY"),
                        Tokens.SOUTH)
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        String decision = Decisions.notToShare(
                council.practitioner(), allegation.family(), allegation.mother(), Tokens.SOUTH, "BASIC_DETAILS");
        String consent = council.practitioner()
                .post("/families/{id}/consents", Household.ownConsent(allegation.mother()), allegation.family())
                .statusCode(201)
                .extract()
                .path("id");
        Retention.close(council, episode, "2010-06-30");
        Work decided = dueEarlyHelp(council);
        decide(council, List.of(decided.episode()), "DESTROY", null, "Nothing pending.")
                .statusCode(201);
        Work queued = dueEarlyHelp(council);
        Work held = dueEarlyHelp(council);
        decide(council, List.of(held.episode()), "DESTROY", null, "Nothing pending.")
                .statusCode(201);
        hold(council, Map.of("familyId", held.family()));
        Work notDue = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");

        council.recordsOfficer()
                .get("/retention/queue")
                .body(
                        "items.find { it.recordId == '" + queued.episode() + "' }.queuedOn",
                        org.hamcrest.Matchers.nullValue());
        Map<String, String> before = everyTable();
        JsonPath dryRun = sweep(council, true);
        assertThat(everyTable()).isEqualTo(before);

        assertThat(dryRun.getInt("examined")).isEqualTo(4);
        assertThat(dryRun.getMap("actions"))
                .containsEntry("DESTROY", 2)
                .containsEntry("QUEUE", 1)
                .containsEntry("HELD", 1)
                .containsEntry("AWAIT_REVIEW", 0);
        assertThat(dryRun.getMap("rowsRemoved"))
                .containsEntry("episode", 2)
                .containsEntry("case_note", 1)
                .containsEntry("case_note_version", 1)
                .containsEntry("consent", 1)
                .containsEntry("sharing_decision", 1)
                .containsEntry("family", 2)
                .containsEntry("person", 4)
                .containsEntry("retention_record", 2);
        assertThat(dryRun.getList("records.recordId"))
                .containsExactlyInAnyOrder(allegation.episode(), decided.episode(), queued.episode(), held.episode())
                .doesNotContain(notDue.episode());

        JsonPath real = sweep(council, false);
        assertThat(real.getMap("actions")).isEqualTo(dryRun.getMap("actions"));
        assertThat(real.getMap("rowsRemoved")).isEqualTo(dryRun.getMap("rowsRemoved"));
        assertThat(real.getList("records")).isEqualTo(dryRun.getList("records"));

        council.practitioner().get("/episodes/{id}", allegation.episode()).statusCode(404);
        council.practitioner().get("/families/{id}", allegation.family()).statusCode(404);
        council.practitioner().get("/case-notes/{id}", note).statusCode(404);
        council.practitioner().get("/episodes/{id}", decided.episode()).statusCode(404);
        council.practitioner().get("/episodes/{id}", held.episode()).statusCode(200);
        council.recordsOfficer()
                .get("/retention/queue")
                .statusCode(200)
                .body("items.recordId", contains(queued.episode()))
                .body("items[0].queuedOn", equalTo(dryRun.getString("day")));

        JsonPath again = sweep(council, false);
        assertThat(again.getMap("actions"))
                .containsEntry("DESTROY", 0)
                .containsEntry("QUEUE", 0)
                .containsEntry("AWAIT_REVIEW", 1)
                .containsEntry("HELD", 1);
        assertThat(again.getMap("rowsRemoved")).isEmpty();

        council.recordsOfficer()
                .get("/retention/certificates")
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.recordId", hasItems(allegation.episode(), decided.episode()));
        String certificate = council.recordsOfficer()
                .get("/retention/certificates")
                .extract()
                .path("items.find { it.recordId == '" + allegation.episode() + "' }.id");
        council.recordsOfficer()
                .get("/retention/certificates/{id}", certificate)
                .statusCode(200)
                .body("rule", equalTo("LA-ALLEGATION"))
                .body("reviewOn", equalTo("2020-06-30"))
                .body("authority", equalTo("AUTOMATIC"))
                .body("executedBy", equalTo("r." + council.code()))
                .body("destroyed[0].recordId", equalTo(allegation.episode()))
                .body(
                        "destroyed.recordId",
                        hasItems(
                                note,
                                consent,
                                decision,
                                allegation.family(),
                                allegation.mother(),
                                allegation.infant()));
        String decidedCertificate = council.recordsOfficer()
                .get("/retention/certificates")
                .extract()
                .path("items.find { it.recordId == '" + decided.episode() + "' }.id");
        council.recordsOfficer()
                .get("/retention/certificates/{id}", decidedCertificate)
                .body("authority", equalTo("DECIDED"))
                .body("decidedBy", equalTo("r." + council.code()));
        council.recordsOfficer()
                .request()
                .accept("text/html")
                .get("/retention/certificates/{id}/certificate.html", certificate)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString(allegation.episode()))
                .body(containsString("LA-ALLEGATION"))
                .body(not(containsString("Retained")));
        Service.of("LOCAL_AUTHORITY")
                .recordsOfficer()
                .get("/retention/certificates/{id}", certificate)
                .statusCode(404);
        council.practitioner().get("/retention/certificates").statusCode(403);
        council.practitioner().post("/retention/sweeps", Map.of("dryRun", true)).statusCode(403);
        council.recordsOfficer()
                .post("/retention/sweeps", Map.of())
                .statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));

        Api.withToken(Tokens.of("a.sweep", council.code(), "auditor"))
                .get("/audit-events?recordId={id}", allegation.episode())
                .statusCode(200)
                .body("items.action", hasItem("RETENTION_RECORD_DESTROYED"));
        sealAll();
        Api.withToken(Tokens.of("a.sweep", council.code(), "auditor"))
                .get("/audit-chain/verification")
                .statusCode(200)
                .body("findings.recordId", not(hasItem(decision)));
    }

    @Test
    void two_sweeps_at_once_destroy_each_record_exactly_once() throws Exception {
        Service council = councilDestroyingAllegations();
        List<String> episodes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            episodes.add(concludedAllegation(council).episode());
        }
        Api other = Api.withToken(Tokens.of("s." + council.code(), council.code(), "records-officer"));

        List<JsonPath> reports = Concurrently.atOnce(
                () -> council.recordsOfficer()
                        .post("/retention/sweeps", Map.of("dryRun", false))
                        .statusCode(200)
                        .extract()
                        .jsonPath(),
                () -> other.post("/retention/sweeps", Map.of("dryRun", false))
                        .statusCode(200)
                        .extract()
                        .jsonPath());

        List<Object> destroyed = new ArrayList<>();
        for (JsonPath report : reports) {
            destroyed.addAll(report.getList("records.findAll { it.action == 'DESTROY' }.recordId"));
        }
        assertThat(destroyed).containsExactlyInAnyOrderElementsOf(episodes);
        council.recordsOfficer().get("/retention/certificates?size=20").body("items", hasSize(7));
        for (String episode : episodes) {
            council.practitioner().get("/episodes/{id}", episode).statusCode(404);
        }
    }

    @Test
    void a_hold_placed_after_a_destruction_was_decided_keeps_the_record_until_it_is_released() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work work = dueEarlyHelp(council);
        decide(council, List.of(work.episode()), "DESTROY", null, "Nothing pending.")
                .statusCode(201);
        String hold = hold(council, Map.of("personId", work.infant()));

        assertThat(sweep(council, false).getMap("actions"))
                .containsEntry("HELD", 1)
                .containsEntry("DESTROY", 0);
        council.practitioner().get("/episodes/{id}", work.episode()).statusCode(200);

        council.recordsOfficer()
                .post("/retention/holds/{id}/release", Map.of("reason", "The inquiry closed."), hold)
                .statusCode(200);
        assertThat(sweep(council, false).getMap("actions")).containsEntry("DESTROY", 1);
        council.practitioner().get("/episodes/{id}", work.episode()).statusCode(404);
    }

    @Test
    void a_person_in_another_family_outlives_the_family_whose_record_is_destroyed() {
        Service council = councilDestroyingAllegations();
        Work allegation = concludedAllegation(council);
        Work other = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");
        council.practitioner()
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "personId",
                                allegation.mother(),
                                "role",
                                "CARER",
                                "livesWithChild",
                                false,
                                "parentalResponsibility",
                                false),
                        other.family())
                .statusCode(201);

        assertThat(sweep(council, false).getMap("actions")).containsEntry("DESTROY", 1);

        council.practitioner().get("/families/{id}", allegation.family()).statusCode(404);
        council.practitioner().get("/people/{id}", allegation.infant()).statusCode(404);
        council.practitioner()
                .get("/people/{id}", allegation.mother())
                .statusCode(200)
                .body("familyIds", contains(other.family()));
        String certificate = council.recordsOfficer()
                .get("/retention/certificates")
                .extract()
                .path("items[0].id");
        council.recordsOfficer()
                .get("/retention/certificates/{id}", certificate)
                .body("destroyed.recordId", hasItem(allegation.infant()))
                .body("destroyed.recordId", not(hasItem(allegation.mother())));
    }

    @Test
    void cradles_own_schedule_sweeps_every_organisation_outside_any_request() throws Exception {
        Service council = councilDestroyingAllegations();
        Work allegation = concludedAllegation(council);
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            // A thread of its own, as the schedule's: no request, no transaction around the sweep.
            org.cradle.application.retention.SweepReport report = thread.submit(() ->
                            sweepRetention.sweep(new org.cradle.domain.actor.SystemProcess("retention-sweeper"), true))
                    .get();
            assertThat(report.records())
                    .anySatisfy(swept -> assertThat(swept.recordId().toString()).isEqualTo(allegation.episode()));
        } finally {
            thread.shutdownNow();
        }
        council.practitioner().get("/episodes/{id}", allegation.episode()).statusCode(200);
    }

    @Test
    void a_referral_another_organisation_accepted_stays_with_its_work_when_the_referrer_destroys_its_own() {
        Service council = councilDestroyingAllegations();
        String partner = "ret-partner-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String family = council.practitioner().createFamily("Referred allegation household");
        String episode = Retention.open(council, family, "ALLEGATION", "2009-01-10");
        String mother = council.practitioner()
                .addNewPerson(family, person("Ada", "Referred", "1950-05-05", NhsNumbers.fresh()), "MOTHER", true);
        String father = council.practitioner()
                .addNewPerson(family, person("Ben", "Referred", "1952-02-02", NhsNumbers.fresh()), "FATHER", true);
        String child = council.practitioner()
                .addNewPerson(family, person("Cy", "Referred", "2000-01-01", NhsNumbers.fresh()), "CHILD", false);
        Involvement.referred(council.practitioner(), new Household(family, mother, father, child), partner, mother);
        Retention.close(council, episode, "2010-06-30");

        assertThat(sweep(council, false).getMap("actions")).containsEntry("DESTROY", 1);

        council.practitioner().get("/episodes/{id}", episode).statusCode(404);
        council.practitioner().get("/families/{id}", family).statusCode(404);
        Api partnerPractitioner = Api.withToken(Tokens.of("p." + partner, partner, "practitioner"));
        partnerPractitioner.get("/families/{id}", family).statusCode(200);
        partnerPractitioner.get("/people/{id}", mother).statusCode(200);
        partnerPractitioner.get("/referrals").statusCode(200).body("items.familyId", hasItem(family));
    }

    /** Every table's rows, hashed: what "changes nothing" is checked against. */
    private Map<String, String> everyTable() throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (var connection = dataSource.getConnection();
                var names = connection
                        .createStatement()
                        .executeQuery("select table_name from information_schema.tables where table_schema ="
                                + " current_schema() and table_type = 'BASE TABLE'")) {
            List<String> all = new ArrayList<>();
            while (names.next()) {
                all.add(names.getString(1));
            }
            for (String table : all) {
                try (var rows = connection
                        .createStatement()
                        .executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by"
                                + " t::text)), '') from " + table + " t")) {
                    rows.next();
                    tables.put(table, rows.getString(1));
                }
            }
        }
        return tables;
    }

    private void sealAll() {
        for (int run = 0; run < 50 && (sealChain.seal() != 0 || run < 3); run++) {
            // The first run notes where the trail is; later ones seal up to there.
        }
    }
}
