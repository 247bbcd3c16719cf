package org.cradle.bootstrap.api;

import static org.cradle.bootstrap.api.Retention.closedWork;
import static org.cradle.bootstrap.api.Retention.decide;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cradle.bootstrap.AdjustableClock;
import org.cradle.bootstrap.api.Retention.Service;
import org.cradle.bootstrap.api.Retention.Work;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A child's death through HTTP with real tokens (issue 21, NHS-DEATH-CHILD): the held-back case of a child
 * born on 1 March 2024, seen by health visiting, who died on 20 November 2024. The record keeps its date,
 * 2049-03-01, and raises an early review on 2032-11-20; the review queue lists it on that day, and a records
 * officer's decision then is the early review done.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EarlyReviewApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    /** Records the child's death as a correction of their details, as a practitioner does. */
    private static void recordDeath(Service service, String person, String died) {
        JsonPath read = service.practitioner()
                .get("/people/{id}", person)
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", read.getString("givenName"));
        body.put("familyName", read.getString("familyName"));
        body.put("dateOfBirth", read.getString("dateOfBirth"));
        body.put("dateOfDeath", died);
        body.put("nhsNumber", read.getString("nhsNumber"));
        body.put("version", read.getInt("version"));
        service.practitioner().put("/people/{id}", body, person).statusCode(200).body("dateOfDeath", equalTo(died));
    }

    /** The health visiting record of the held-back case, closed after the child died. */
    private static Work heldBackCase(Service trust) {
        Work work = closedWork(trust, "HEALTH_VISITING", "2024-03-10", "2024-12-02", "1994-04-04", "2024-03-01");
        recordDeath(trust, work.infant(), "2024-11-20");
        return work;
    }

    private void moveTheClockTo(LocalDate day) {
        Instant noon = day.atTime(12, 0).atZone(LONDON).toInstant();
        clock.advance(Duration.between(Instant.now(), noon));
    }

    @Test
    void the_records_retention_shows_its_date_and_the_early_review_the_childs_death_requires() {
        Service trust = Service.of("HEALTH");
        Work work = heldBackCase(trust);

        trust.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .statusCode(200)
                .body("status", equalTo("DATED"))
                .body("reviewOn", equalTo("2049-03-01"))
                .body("applications.find { it.decides }.rule", equalTo("NHS-CHILD"))
                .body("applications.find { it.decides }.personId", equalTo(work.infant()))
                .body("earlyReviewOn", equalTo("2032-11-20"))
                .body("earlyReviews", hasSize(1))
                .body("earlyReviews[0].rule", equalTo("NHS-DEATH-CHILD"))
                .body("earlyReviews[0].personId", equalTo(work.infant()))
                .body("earlyReviews[0].formula", equalTo("DOD+8y"))
                .body("earlyReviews[0].date", equalTo("2032-11-20"))
                .body("earlyReviews[0].inputs", contains("DOD"))
                .body("explanation", containsString("Early review on 2032-11-20"));

        Work living = closedWork(trust, "HEALTH_VISITING", "2024-03-10", "2024-12-02", "1994-04-04", "2024-03-01");
        trust.recordsOfficer()
                .get("/episodes/{id}/retention", living.episode())
                .body("reviewOn", equalTo("2049-03-01"))
                .body("earlyReviewOn", nullValue())
                .body("earlyReviews", hasSize(0));
    }

    @Test
    void the_review_queue_lists_the_early_review_on_its_day_and_not_before() {
        Service trust = Service.of("HEALTH");
        Work work = heldBackCase(trust);

        trust.recordsOfficer().get("/retention/queue").statusCode(200).body("items", hasSize(0));
        trust.recordsOfficer()
                .get("/retention/queue?dueBy=2032-11-19")
                .statusCode(200)
                .body("items", hasSize(0));
        trust.recordsOfficer()
                .get("/retention/queue?dueBy=2032-11-20")
                .statusCode(200)
                .body("items.recordId", contains(work.episode()))
                .body("items[0].dueOn", equalTo("2032-11-20"))
                .body("items[0].reviewOn", equalTo("2049-03-01"))
                .body("items[0].rule", equalTo("NHS-CHILD"))
                .body("items[0].earlyReview.on", equalTo("2032-11-20"))
                .body("items[0].earlyReview.rule", equalTo("NHS-DEATH-CHILD"))
                .body("items[0].earlyReview.ruleVersion", equalTo(1));
        trust.recordsOfficer()
                .get("/retention/queue?dueBy=2032-11-20&rule=NHS-DEATH-CHILD")
                .body("items.recordId", contains(work.episode()));
        trust.recordsOfficer()
                .get("/retention/queue?dueBy=2032-11-20&rule=NHS-CHILD")
                .body("items", hasSize(0));

        moveTheClockTo(LocalDate.of(2032, 11, 20));
        trust.recordsOfficer()
                .get("/retention/queue")
                .statusCode(200)
                .body("items.recordId", contains(work.episode()))
                .body("items[0].queuedOn", nullValue());
        trust.recordsOfficer()
                .post("/retention/sweeps", Map.of("dryRun", false))
                .statusCode(200)
                .body("records.recordId", contains(work.episode()))
                .body("records[0].action", equalTo("QUEUE"))
                .body("records[0].reason", containsString("Early review due on 2032-11-20 by NHS-DEATH-CHILD"));
        trust.recordsOfficer().get("/retention/queue").body("items[0].queuedOn", equalTo("2032-11-20"));
    }

    @Test
    void a_records_officers_decision_on_the_early_review_is_the_review_done_and_the_record_keeps_its_date() {
        Service trust = Service.of("HEALTH");
        Work work = heldBackCase(trust);
        decide(trust, List.of(work.episode()), "KEEP", "2040-01-01", "Appraised early.")
                .statusCode(422)
                .body("code", equalTo("not-due"));

        moveTheClockTo(LocalDate.of(2032, 11, 20));
        decide(trust, List.of(work.episode()), "KEEP", "2040-01-01", "Appraised: nothing calls for earlier disposal.")
                .statusCode(201)
                .body("[0].decision", equalTo("KEEP"));

        trust.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .statusCode(200)
                .body("reviewOn", equalTo("2049-03-01"))
                .body("earlyReviewOn", nullValue())
                .body("earlyReviews", hasSize(0))
                .body("explanation", containsString("done by a records officer's decision of 2032-11-20"));
        trust.recordsOfficer().get("/retention/queue").body("items", hasSize(0));
        trust.recordsOfficer()
                .get("/retention/queue?dueBy=2049-03-01")
                .body("items.recordId", contains(work.episode()))
                .body("items[0].dueOn", equalTo("2049-03-01"))
                .body("items[0].earlyReview", nullValue());
    }
}
