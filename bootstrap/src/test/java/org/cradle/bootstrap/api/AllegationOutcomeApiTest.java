package org.cradle.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cradle.bootstrap.api.Retention.Service;
import org.cradle.bootstrap.api.Retention.Work;
import org.junit.jupiter.api.Test;

/**
 * An allegation's outcome through HTTP with real tokens (issue 21): recorded on the close of the allegation
 * episode with the finding, who made it and why; a malicious finding makes the record due for destruction
 * on the day the allegation was concluded, and every other finding keeps it by the allegation rule.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AllegationOutcomeApiTest {

    /** Concluded on this day, about an adult born on 5 May 1990: by LA-ALLEGATION, kept to 2055-05-05. */
    private static final String CONCLUDED = "2026-11-30";

    private static Map<String, Object> outcome(String finding) {
        return Map.of(
                "finding",
                finding,
                "foundBy",
                "Designated officer (LADO), case conclusion meeting",
                "reason",
                "The referrer admitted the account was invented to cause harm.");
    }

    /** An allegation about the mother (born 1990), opened in February, with her infant in the family. */
    private static Work openAllegation(Service service) {
        return Retention.openWork(service, "ALLEGATION", "2026-02-02", "1990-05-05", "2024-03-01");
    }

    private static io.restassured.response.ValidatableResponse conclude(
            Service service, String episode, Map<String, Object> outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("closedOn", CONCLUDED);
        body.put("reason", "Allegation concluded");
        body.put("version", 0);
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        return service.practitioner().post("/episodes/{id}/closure", body, episode);
    }

    @Test
    void a_malicious_finding_is_recorded_with_who_made_it_and_why_and_the_record_is_due_for_destruction_at_once() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work allegation = openAllegation(council);

        conclude(council, allegation.episode(), outcome("MALICIOUS"))
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("periods[0].outcome.finding", equalTo("MALICIOUS"))
                .body("periods[0].outcome.foundBy", equalTo("Designated officer (LADO), case conclusion meeting"))
                .body(
                        "periods[0].outcome.reason",
                        equalTo("The referrer admitted the account was invented to cause harm."))
                .body("periods[0].outcome.recordedBy", equalTo("p." + council.code()))
                .body("periods[0].outcome.recordedAt", notNullValue());
        council.practitioner()
                .get("/episodes/{id}", allegation.episode())
                .statusCode(200)
                .body("periods[0].outcome.finding", equalTo("MALICIOUS"));

        council.recordsOfficer()
                .get("/episodes/{id}/retention", allegation.episode())
                .statusCode(200)
                .body("status", equalTo("DATED"))
                .body("reviewOn", equalTo(CONCLUDED))
                .body("endAction", equalTo("DESTROY"))
                .body("applications.find { it.decides }.rule", equalTo("LA-ALLEGATION"))
                .body("applications.find { it.decides }.personId", equalTo(allegation.mother()))
                .body("explanation", containsString("MALICIOUS"));
        council.recordsOfficer()
                .get("/retention/queue")
                .statusCode(200)
                .body("items.recordId", contains(allegation.episode()))
                .body("items[0].reviewOn", equalTo(CONCLUDED))
                .body("items[0].endAction", equalTo("DESTROY"));
    }

    @Test
    void where_the_organisation_destroys_allegations_automatically_a_malicious_one_goes_at_the_next_sweep() {
        Service council = Service.of("LOCAL_AUTHORITY");
        council.recordsOfficer()
                .put(
                        "/retention/rules/LA-ALLEGATION/setting",
                        Map.of("version", 0, "automaticDestruction", true, "reason", "Our schedule destroys them."))
                .statusCode(200);
        Work malicious = openAllegation(council);
        conclude(council, malicious.episode(), outcome("MALICIOUS")).statusCode(200);
        Work unfounded = openAllegation(council);
        conclude(council, unfounded.episode(), outcome("UNFOUNDED")).statusCode(200);

        council.recordsOfficer()
                .post("/retention/sweeps", Map.of("dryRun", false))
                .statusCode(200)
                .body("records.recordId", contains(malicious.episode()))
                .body("records[0].action", equalTo("DESTROY"));

        council.practitioner().get("/episodes/{id}", malicious.episode()).statusCode(404);
        council.practitioner().get("/episodes/{id}", unfounded.episode()).statusCode(200);
        council.recordsOfficer()
                .get("/retention/certificates")
                .statusCode(200)
                .body("items.recordId", contains(malicious.episode()))
                .body("items[0].rule", equalTo("LA-ALLEGATION"))
                .body("items[0].reviewOn", equalTo(CONCLUDED))
                .body("items[0].authority", equalTo("AUTOMATIC"));
    }

    @Test
    void every_other_finding_keeps_the_allegation_to_the_adults_65th_birthday_or_ten_years_after_it_concluded() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Service charity = Service.of("VOLUNTARY");

        for (String finding : List.of("SUBSTANTIATED", "UNSUBSTANTIATED", "UNFOUNDED", "FALSE")) {
            Work allegation = openAllegation(council);
            conclude(council, allegation.episode(), outcome(finding))
                    .statusCode(200)
                    .body("periods[0].outcome.finding", equalTo(finding));
            council.recordsOfficer()
                    .get("/episodes/{id}/retention", allegation.episode())
                    .body("reviewOn", equalTo("2055-05-05"))
                    .body("endAction", equalTo("DESTROY"))
                    .body("explanation", containsString(finding));
        }
        Work withoutOutcome = openAllegation(council);
        conclude(council, withoutOutcome.episode(), null).statusCode(200).body("periods[0].outcome", nullValue());
        council.recordsOfficer()
                .get("/episodes/{id}/retention", withoutOutcome.episode())
                .body("reviewOn", equalTo("2055-05-05"));

        Work concern = openAllegation(charity);
        conclude(charity, concern.episode(), outcome("MALICIOUS")).statusCode(200);
        charity.recordsOfficer()
                .get("/episodes/{id}/retention", concern.episode())
                .body("reviewOn", equalTo(CONCLUDED))
                .body("applications.rule", hasItem("NSPCC-ALLEGATION"));
        council.recordsOfficer().get("/retention/queue").body("items", hasSize(0));
    }

    @Test
    void an_outcome_is_refused_for_work_that_is_not_an_allegation_and_must_say_who_found_it_and_why() {
        Service council = Service.of("LOCAL_AUTHORITY");
        String family = council.practitioner().createFamily("Early help household");
        String earlyHelp = Retention.open(council, family, "EARLY_HELP", "2026-02-02");

        conclude(council, earlyHelp, outcome("MALICIOUS"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("not-an-allegation"))
                .body("errors[0].field", equalTo("outcome"));
        Work allegation = openAllegation(council);
        conclude(council, allegation.episode(), Map.of("finding", "MALICIOUS"))
                .statusCode(400)
                .body("errors.field", hasItem("outcome.foundBy"))
                .body("errors.field", hasItem("outcome.reason"));
        conclude(council, allegation.episode(), Map.of("finding", "VEXATIOUS", "foundBy", "LADO", "reason", "r"))
                .statusCode(400)
                .body("errors[0].field", equalTo("outcome.finding"));
        council.practitioner()
                .get("/episodes/{id}", allegation.episode())
                .body("status", equalTo("OPEN"))
                .body("version", equalTo(0));
        council.practitioner().get("/episodes/{id}", earlyHelp).body("status", equalTo("OPEN"));
    }
}
