package org.cradle.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EpisodeApiTest {

    private final Api practitioner = Api.withToken(Tokens.of("j.mensah", "RX1", "practitioner"));

    @Test
    void an_episode_opens_for_the_organisation_in_the_token() {
        String family = practitioner.createFamily("Episode household");

        practitioner
                .post("/families/{id}/episodes", open("PARENT_INFANT_MENTAL_HEALTH", "2026-09-01"), family)
                .statusCode(201)
                .body("familyId", equalTo(family))
                .body("organisation", equalTo("RX1"))
                .body("leadPractitioner", equalTo("j.mensah"))
                .body("status", equalTo("OPEN"))
                .body("openedOn", equalTo("2026-09-01"))
                .body("closedOn", nullValue())
                .body("periods", hasSize(1));
    }

    @Test
    void a_closed_episode_reopens_and_keeps_its_history() {
        String family = practitioner.createFamily("Reopened household");
        String episode = practitioner
                .post("/families/{id}/episodes", open("EARLY_HELP", "2026-01-10"), family)
                .extract()
                .path("id");

        practitioner
                .post(
                        "/episodes/{id}/closure",
                        Map.of("closedOn", "2026-05-01", "reason", "Plan goals met", "version", 0),
                        episode)
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo("2026-05-01"))
                .body("version", equalTo(1));
        practitioner
                .post("/episodes/{id}/reopening", Map.of("reopenedOn", "2026-08-01", "version", 1), episode)
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("closedOn", nullValue())
                .body("openedOn", equalTo("2026-01-10"))
                .body("periods", hasSize(2));

        practitioner
                .get("/episodes/{id}", episode)
                .statusCode(200)
                .body("periods[0].openedOn", equalTo("2026-01-10"))
                .body("periods[0].closedOn", equalTo("2026-05-01"))
                .body("periods[0].closeReason", equalTo("Plan goals met"))
                .body("periods[1].openedOn", equalTo("2026-08-01"))
                .body("periods[1].closedOn", nullValue());
    }

    @Test
    void closing_a_closed_episode_is_refused_with_422() {
        String family = practitioner.createFamily("Twice closed household");
        String episode = practitioner
                .post("/families/{id}/episodes", open("HEALTH_VISITING", "2026-02-01"), family)
                .extract()
                .path("id");
        practitioner
                .post("/episodes/{id}/closure", Map.of("closedOn", "2026-03-01", "version", 0), episode)
                .statusCode(200);

        practitioner
                .post("/episodes/{id}/closure", Map.of("closedOn", "2026-03-02", "version", 1), episode)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("episode-not-open"));
        practitioner
                .post("/episodes/{id}/reopening", Map.of("reopenedOn", "2026-02-15", "version", 1), episode)
                .statusCode(400)
                .body("errors[0].rule", equalTo("not-before-last-closed-on"));
    }

    @Test
    void reopening_an_open_episode_is_refused_with_422_and_a_stale_close_with_409() {
        String family = practitioner.createFamily("Open household");
        String episode = practitioner
                .post("/families/{id}/episodes", open("CHILDRENS_CENTRE", "2026-02-01"), family)
                .extract()
                .path("id");
        practitioner
                .post("/episodes/{id}/reopening", Map.of("reopenedOn", "2026-03-01", "version", 0), episode)
                .statusCode(422)
                .body("code", equalTo("episode-not-closed"));
        practitioner
                .post("/episodes/{id}/closure", Map.of("closedOn", "2026-03-01", "version", 7), episode)
                .statusCode(409);
    }

    @Test
    void dates_in_the_future_or_before_opening_are_refused() {
        String family = practitioner.createFamily("Future household");
        practitioner
                .post(
                        "/families/{id}/episodes",
                        open("EARLY_HELP", LocalDate.now().plusDays(3).toString()),
                        family)
                .statusCode(400)
                .body("errors[0].field", equalTo("openedOn"))
                .body("errors[0].rule", equalTo("not-in-future"));
        String episode = practitioner
                .post("/families/{id}/episodes", open("EARLY_HELP", "2026-04-01"), family)
                .extract()
                .path("id");
        practitioner
                .post("/episodes/{id}/closure", Map.of("closedOn", "2026-03-01", "version", 0), episode)
                .statusCode(400)
                .body("errors[0].field", equalTo("closedOn"));
    }

    @Test
    void an_unknown_service_type_and_missing_fields_are_named() {
        String family = practitioner.createFamily("Unknown service household");
        practitioner
                .post(
                        "/families/{id}/episodes",
                        Map.of("serviceType", "ASTROLOGY", "leadPractitioner", "x", "openedOn", "2026-01-01"),
                        family)
                .statusCode(400)
                .body("errors[0].field", equalTo("serviceType"));
        practitioner
                .post("/families/{id}/episodes", Map.of("leadPractitioner", ""), family)
                .statusCode(400)
                .body("errors.field", contains("serviceType", "leadPractitioner", "openedOn"));
    }

    @Test
    void a_familys_episodes_are_listed_most_recently_opened_first_a_page_at_a_time() {
        String family = practitioner.createFamily("Many episodes household");
        practitioner
                .post("/families/{id}/episodes", open("MIDWIFERY", "2025-01-01"), family)
                .statusCode(201);
        practitioner
                .post("/families/{id}/episodes", open("HEALTH_VISITING", "2025-06-01"), family)
                .statusCode(201);
        practitioner
                .post("/families/{id}/episodes", open("EARLY_HELP", "2026-01-01"), family)
                .statusCode(201);

        practitioner
                .get("/families/{id}/episodes?size=2", family)
                .statusCode(200)
                .body("items.serviceType", contains("EARLY_HELP", "HEALTH_VISITING"))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        practitioner
                .get("/families/{id}/episodes?size=2&page=1", family)
                .body("items.serviceType", contains("MIDWIFERY"));
    }

    @Test
    void a_page_size_out_of_range_is_refused_naming_it() {
        String family = practitioner.createFamily("Paged household");

        practitioner
                .get("/families/{id}/episodes?size=0", family)
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void opening_an_episode_for_an_unknown_family_is_404() {
        practitioner
                .post(
                        "/families/{id}/episodes",
                        open("EARLY_HELP", "2026-01-01"),
                        "00000000-0000-0000-0000-000000000003")
                .statusCode(404);
    }

    private static Map<String, Object> open(String serviceType, String openedOn) {
        return Map.of("serviceType", serviceType, "leadPractitioner", "j.mensah", "openedOn", openedOn);
    }
}
