package org.cradle.bootstrap.api;

import static org.cradle.bootstrap.api.Retention.closedWork;
import static org.cradle.bootstrap.api.Retention.hold;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.cradle.bootstrap.api.Retention.Service;
import org.cradle.bootstrap.api.Retention.Work;
import org.junit.jupiter.api.Test;

/**
 * Dates in the past on purpose, through HTTP with real tokens (issue 21): a close recorded on the wrong day
 * and a hold that ended on a given day are expressible only as a correction of the record after the fact,
 * which is kept with what it replaced, who made it, when and why, and audited; the ordinary paths still
 * refuse them.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CorrectionApiTest {

    private static Map<String, Object> correction(String closedOn, Map<String, Object> outcome, long version) {
        Map<String, Object> body = new HashMap<>();
        if (closedOn != null) {
            body.put("closedOn", closedOn);
        }
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        body.put("reason", "The child died on 20 November 2024; the close was recorded on the wrong day.");
        body.put("version", version);
        return body;
    }

    private static Api auditorOf(Service service) {
        return Api.withToken(Tokens.of("a." + service.code(), service.code(), "auditor"));
    }

    @Test
    void a_close_recorded_on_the_wrong_day_is_corrected_to_the_past_day_and_the_correction_kept_in_its_history() {
        Service trust = Service.of("HEALTH");
        Work work = closedWork(trust, "HEALTH_VISITING", "2024-03-10", "2026-11-30", "1994-04-04", "2024-03-01");
        trust.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .body("applications.find { it.personId == '" + work.mother() + "' }.date", equalTo("2034-11-30"));

        trust.practitioner()
                .post("/episodes/{id}/closure", Map.of("closedOn", "2024-11-20", "version", 1), work.episode())
                .statusCode(422)
                .body("code", equalTo("episode-not-open"));

        trust.practitioner()
                .post("/episodes/{id}/closure/corrections", correction("2024-11-20", null, 1), work.episode())
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo("2024-11-20"))
                .body("periods[0].closedOn", equalTo("2024-11-20"))
                .body("version", equalTo(2))
                .body("corrections", hasSize(1))
                .body("corrections[0].period", equalTo(0))
                .body("corrections[0].closedOnBefore", equalTo("2026-11-30"))
                .body("corrections[0].closedOn", equalTo("2024-11-20"))
                .body("corrections[0].outcome", nullValue())
                .body("corrections[0].correctedBy", equalTo("p." + trust.code()))
                .body("corrections[0].correctedAt", notNullValue())
                .body(
                        "corrections[0].reason",
                        equalTo("The child died on 20 November 2024; the close was recorded on the wrong day."));
        trust.practitioner()
                .get("/episodes/{id}", work.episode())
                .body("closedOn", equalTo("2024-11-20"))
                .body("corrections[0].closedOnBefore", equalTo("2026-11-30"));
        trust.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .body("reviewOn", equalTo("2049-03-01"))
                .body("applications.find { it.personId == '" + work.mother() + "' }.date", equalTo("2032-11-20"));
        auditorOf(trust)
                .get("/audit-events?recordId={id}", work.episode())
                .statusCode(200)
                .body("items.action", hasItem("EPISODE_CLOSURE_CORRECTED"));

        trust.practitioner()
                .post("/episodes/{id}/closure/corrections", correction("2024-11-20", null, 2), work.episode())
                .statusCode(422)
                .body("code", equalTo("nothing-corrected"));
    }

    @Test
    void a_corrected_close_is_not_in_the_future_nor_before_the_work_opened_and_only_a_recorded_close_is_corrected() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work work = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");
        String tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString();

        council.practitioner()
                .post("/episodes/{id}/closure/corrections", correction(tomorrow, null, 1), work.episode())
                .statusCode(400)
                .body("errors[0].field", equalTo("closedOn"))
                .body("errors[0].rule", equalTo("not-in-future"));
        council.practitioner()
                .post("/episodes/{id}/closure/corrections", correction("2025-01-05", null, 1), work.episode())
                .statusCode(400)
                .body("errors[0].rule", equalTo("not-before-opened-on"));
        council.practitioner()
                .post("/episodes/{id}/closure/corrections", Map.of("version", 1), work.episode())
                .statusCode(400)
                .body("errors.field", hasItem("reason"))
                .body("errors.field", hasItem("closedOn"));
        council.practitioner()
                .post("/episodes/{id}/closure/corrections", correction("2025-05-30", null, 0), work.episode())
                .statusCode(409);
        council.practitioner()
                .post(
                        "/episodes/{id}/closure/corrections",
                        correction(null, Map.of("finding", "MALICIOUS", "foundBy", "LADO", "reason", "r"), 1),
                        work.episode())
                .statusCode(422)
                .body("code", equalTo("not-an-allegation"));
        String open = Retention.open(council, work.family(), "EARLY_HELP", "2026-02-02");
        council.practitioner()
                .post("/episodes/{id}/closure/corrections", correction("2026-02-03", null, 0), open)
                .statusCode(422)
                .body("code", equalTo("episode-not-closed"));
        Service.of("LOCAL_AUTHORITY")
                .practitioner()
                .post("/episodes/{id}/closure/corrections", correction("2025-05-30", null, 1), work.episode())
                .statusCode(404);
        auditorOf(council)
                .post("/episodes/{id}/closure/corrections", correction("2025-05-30", null, 1), work.episode())
                .statusCode(403);
        council.practitioner()
                .get("/episodes/{id}", work.episode())
                .body("closedOn", equalTo("2025-06-30"))
                .body("corrections", hasSize(0))
                .body("version", equalTo(1));
    }

    @Test
    void an_allegation_found_malicious_after_it_was_concluded_is_corrected_and_its_record_is_due_at_once() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work allegation = Retention.openWork(council, "ALLEGATION", "2026-02-02", "1990-05-05", "2024-03-01");
        council.practitioner()
                .post(
                        "/episodes/{id}/closure",
                        Map.of(
                                "closedOn",
                                "2026-11-30",
                                "version",
                                0,
                                "outcome",
                                Map.of(
                                        "finding",
                                        "UNSUBSTANTIATED",
                                        "foundBy",
                                        "Designated officer (LADO)",
                                        "reason",
                                        "Insufficient evidence either way.")),
                        allegation.episode())
                .statusCode(200);
        council.recordsOfficer()
                .get("/episodes/{id}/retention", allegation.episode())
                .body("reviewOn", equalTo("2055-05-05"));

        Map<String, Object> malicious = Map.of(
                "finding",
                "MALICIOUS",
                "foundBy",
                "Designated officer (LADO), on review",
                "reason",
                "The referrer admitted inventing the account.");
        council.practitioner()
                .post("/episodes/{id}/closure/corrections", correction(null, malicious, 1), allegation.episode())
                .statusCode(200)
                .body("closedOn", equalTo("2026-11-30"))
                .body("periods[0].outcome.finding", equalTo("MALICIOUS"))
                .body("periods[0].outcome.foundBy", equalTo("Designated officer (LADO), on review"))
                .body("corrections[0].closedOnBefore", equalTo("2026-11-30"))
                .body("corrections[0].closedOn", equalTo("2026-11-30"))
                .body("corrections[0].outcomeBefore.finding", equalTo("UNSUBSTANTIATED"))
                .body("corrections[0].outcomeBefore.foundBy", equalTo("Designated officer (LADO)"))
                .body("corrections[0].outcome.finding", equalTo("MALICIOUS"))
                .body("corrections[0].outcome.recordedBy", equalTo("p." + council.code()));

        council.recordsOfficer()
                .get("/episodes/{id}/retention", allegation.episode())
                .body("reviewOn", equalTo("2026-11-30"))
                .body("endAction", equalTo("DESTROY"));
        council.recordsOfficer().get("/retention/queue").body("items.recordId", contains(allegation.episode()));

        council.recordsOfficer()
                .put(
                        "/retention/rules/LA-ALLEGATION/setting",
                        Map.of("version", 0, "automaticDestruction", true, "reason", "Our schedule destroys them."))
                .statusCode(200);
        council.recordsOfficer()
                .post("/retention/sweeps", Map.of("dryRun", false))
                .statusCode(200)
                .body("records.recordId", contains(allegation.episode()))
                .body("records[0].action", equalTo("DESTROY"))
                .body("rowsRemoved.episode_closure_correction", equalTo(1))
                .body("rowsRemoved.episode", equalTo(1));
        council.practitioner().get("/episodes/{id}", allegation.episode()).statusCode(404);
    }

    @Test
    void a_hold_that_ended_on_a_past_day_is_recorded_as_a_correction_while_placing_one_with_that_end_is_refused() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work due = closedWork(council, "EARLY_HELP", "2005-01-10", "2010-06-30", "1980-05-05", "2000-01-01");

        council.recordsOfficer()
                .post(
                        "/retention/holds",
                        Map.of(
                                "scope",
                                Map.of("familyId", due.family()),
                                "reason",
                                "Care proceedings.",
                                "authority",
                                "Court order",
                                "endsOn",
                                "2026-09-01"))
                .statusCode(400)
                .body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].rule", equalTo("after-today"));
        String hold = hold(council, Map.of("familyId", due.family()));
        council.recordsOfficer().get("/retention/queue").body("items", hasSize(0));

        council.recordsOfficer()
                .post(
                        "/retention/holds/{id}/corrections",
                        Map.of(
                                "endsOn",
                                "2026-09-01",
                                "reason",
                                "The care proceedings concluded on 1 September; the court's letter came today."),
                        hold)
                .statusCode(200)
                .body("endsOn", equalTo("2026-09-01"))
                .body("active", equalTo(false))
                .body("releasedBy", nullValue())
                .body("corrections", hasSize(1))
                .body("corrections[0].endsOnBefore", nullValue())
                .body("corrections[0].endsOn", equalTo("2026-09-01"))
                .body("corrections[0].correctedBy", equalTo("r." + council.code()))
                .body("corrections[0].correctedAt", notNullValue())
                .body(
                        "corrections[0].reason",
                        equalTo("The care proceedings concluded on 1 September; the court's letter came today."));
        council.recordsOfficer()
                .get("/retention/holds/{id}", hold)
                .body("corrections[0].endsOn", equalTo("2026-09-01"))
                .body("active", equalTo(false));
        council.recordsOfficer()
                .get("/retention/holds?released=false")
                .body("items[0].corrections[0].endsOn", equalTo("2026-09-01"));
        council.recordsOfficer()
                .get("/episodes/{id}/retention", due.episode())
                .body("status", equalTo("DATED"))
                .body("heldBy", hasSize(0));
        council.recordsOfficer().get("/retention/queue").body("items.recordId", contains(due.episode()));
        auditorOf(council)
                .get("/audit-events?recordId={id}", hold)
                .statusCode(200)
                .body("items.action", hasItem("LEGAL_HOLD_CORRECTED"));
    }

    @Test
    void a_holds_end_is_corrected_by_its_organisations_records_officers_with_a_reason_and_not_once_released() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work work = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");
        String hold = hold(council, Map.of("familyId", work.family()));
        Map<String, Object> ended = Map.of("endsOn", "2026-09-01", "reason", "The proceedings ended.");

        council.recordsOfficer()
                .post("/retention/holds/{id}/corrections", Map.of("endsOn", "2026-09-01"), hold)
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        council.recordsOfficer()
                .post("/retention/holds/{id}/corrections", Map.of("reason", "Why."), hold)
                .statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
        council.practitioner()
                .post("/retention/holds/{id}/corrections", ended, hold)
                .statusCode(403);
        Service.of("LOCAL_AUTHORITY")
                .recordsOfficer()
                .post("/retention/holds/{id}/corrections", ended, hold)
                .statusCode(404);
        council.recordsOfficer()
                .get("/retention/holds/{id}", hold)
                .body("corrections", hasSize(0))
                .body("active", equalTo(true));

        council.recordsOfficer()
                .post("/retention/holds/{id}/corrections", ended, hold)
                .statusCode(200);
        council.recordsOfficer()
                .post("/retention/holds/{id}/corrections", ended, hold)
                .statusCode(422)
                .body("code", equalTo("nothing-corrected"));
        council.recordsOfficer()
                .post("/retention/holds/{id}/release", Map.of("reason", "Done."), hold)
                .statusCode(200);
        council.recordsOfficer()
                .post(
                        "/retention/holds/{id}/corrections",
                        Map.of("endsOn", "2026-08-01", "reason", "Earlier still."),
                        hold)
                .statusCode(409)
                .body("code", equalTo("already-released"));
    }
}
