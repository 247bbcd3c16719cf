package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cradle.bootstrap.AdjustableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Break-glass, as the issue tells it: a south-council practitioner must see a north-council family
 * urgently, states why, reads it for a day (flagged in the audit trail, changing nothing), and the
 * access lands in the review lists of south's safeguarding lead and Caldicott guardian (and north's,
 * which holds the family), who record their review once.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class BreakGlassApiTest {

    private static final String REASON =
            "Out-of-hours call from A&E: the mother is admitted and the baby's carer" + " is unknown.";

    @Inject
    DataSource dataSource;

    @Inject
    AdjustableClock clock;

    private final Api north = Api.withToken(Tokens.of("p.north", Tokens.NORTH, "practitioner"));
    private final Api south = Api.withToken(Tokens.of("p.south", Tokens.SOUTH, "practitioner"));
    private final Api southLead = Api.withToken(Tokens.of("s.south", Tokens.SOUTH, "safeguarding-lead"));
    private final Api southGuardian = Api.withToken(Tokens.of("c.south", Tokens.SOUTH, "caldicott-guardian"));
    private final Api northLead = Api.withToken(Tokens.of("s.north", Tokens.NORTH, "safeguarding-lead"));
    private final Api northAuditor = Api.withToken(Tokens.of("a.north", Tokens.NORTH, "auditor"));
    private final Api southAuditor = Api.withToken(Tokens.of("a.south", Tokens.SOUTH, "auditor"));

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void a_practitioner_outside_the_family_breaks_the_glass_with_a_reason_and_gets_a_days_read_only_access() {
        Household household = Household.workedWithBy(north, "Urgent household", "Glass");
        south.get("/families/{id}", household.family()).statusCode(404);
        Instant before = Instant.now();

        var response = south.request()
                .body(Map.of("reason", REASON))
                .post("/families/{id}/break-glass", household.family())
                .then()
                .statusCode(201)
                .body("familyId", equalTo(household.family()))
                .body("practitioner", equalTo("p.south"))
                .body("organisation", equalTo(Tokens.SOUTH))
                .body("reason", equalTo(REASON))
                .body("review", nullValue())
                .extract();
        JsonPath granted = response.jsonPath();

        assertThat(response.header("Location")).endsWith("/api/v1/break-glass-accesses/" + granted.getString("id"));
        Instant grantedAt = Instant.parse(granted.getString("grantedAt"));
        assertThat(grantedAt).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(Instant.parse(granted.getString("expiresAt"))).isEqualTo(grantedAt.plus(Duration.ofHours(24)));
        south.get("/families/{id}", household.family())
                .statusCode(200)
                .body(
                        "members.personId",
                        containsInAnyOrder(household.mother(), household.father(), household.child()));
        south.get("/people/{id}", household.child()).statusCode(200);
    }

    @Test
    void every_read_under_break_glass_is_flagged_in_the_audit_trail() {
        Household household = Household.workedWithBy(north, "Flagged household", "Glass");
        String access = breakGlass(south, household);
        south.get("/families/{id}", household.family()).statusCode(200);

        northAuditor
                .get("/audit-events?familyId={id}&actor=p.south&size=100", household.family())
                .statusCode(200)
                .body("items.findAll { it.action == 'BREAK_GLASS_GRANTED' }.recordId", equalTo(List.of(access)))
                .body("items.findAll { it.action == 'BREAK_GLASS_GRANTED' }.ground", equalTo(List.of("BREAK_GLASS")))
                .body("items.findAll { it.action.endsWith('_READ') }", hasSize(4))
                .body("items.findAll { it.action.endsWith('_READ') }.ground", everyItem(equalTo("BREAK_GLASS")))
                .body("items.findAll { it.action.endsWith('_READ') }.breakGlass", everyItem(equalTo(true)));
    }

    @Test
    void nothing_can_be_changed_under_break_glass() {
        Household household = Household.workedWithBy(north, "Read-only household", "Glass");
        breakGlass(south, household);
        int version = south.get("/families/{id}", household.family()).extract().path("version");

        south.put(
                        "/families/{id}",
                        Map.of("name", "Renamed", "recordKeepingMode", "INFANT", "version", version),
                        household.family())
                .statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("break-glass access is read-only"));
        north.get("/families/{id}", household.family()).body("name", equalTo("Read-only household"));
    }

    @Test
    void a_reason_is_required_and_nothing_is_granted_without_one() throws Exception {
        Household household = Household.workedWithBy(north, "Reasonless household", "Glass");
        long before = Rows.count(dataSource, "break_glass_access");

        south.post("/families/{id}/break-glass", Map.of(), household.family())
                .statusCode(400)
                .body("errors.field", equalTo(List.of("reason")))
                .body("errors.rule", equalTo(List.of("required")));
        south.post("/families/{id}/break-glass", Map.of("reason", "   "), household.family())
                .statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        south.post("/families/{id}/break-glass", Map.of("reason", "a".repeat(2001)), household.family())
                .statusCode(400)
                .body("errors.rule", equalTo(List.of("max-length")));

        assertThat(Rows.count(dataSource, "break_glass_access")).isEqualTo(before);
        south.get("/families/{id}", household.family()).statusCode(404);
    }

    @Test
    void an_unknown_family_is_not_found_and_roles_without_break_glass_are_refused() {
        south.post("/families/{id}/break-glass", Map.of("reason", REASON), "7d0f7c9e-0000-4000-8000-000000000000")
                .statusCode(404);
        Household household = Household.workedWithBy(north, "Guarded household", "Glass");
        southGuardian
                .post("/families/{id}/break-glass", Map.of("reason", REASON), household.family())
                .statusCode(403);
        Api.withToken(Tokens.of("a.south", Tokens.SOUTH, "auditor"))
                .post("/families/{id}/break-glass", Map.of(), household.family())
                .statusCode(403);
    }

    @Test
    void a_family_opened_by_break_glass_is_in_the_practitioners_list_and_its_total_while_the_access_lasts() {
        String name = "Listed household " + java.util.UUID.randomUUID();
        Household household = Household.workedWithBy(north, name, "Glass");
        long before = south.get("/families?size=1").extract().jsonPath().getLong("totalItems");

        breakGlass(south, household);

        south.get("/families?size=1").body("totalItems", equalTo((int) before + 1));
        assertThat(walkAllFamilies(south)).contains(household.family()).doesNotHaveDuplicates();
        south.get("/families?name={n}", name)
                .body("items.id", contains(household.family()))
                .body("items[0].memberCount", equalTo(3))
                .body("totalItems", equalTo(1));

        // Other tests' grants expire with it, so the list is checked by name, not by its total.
        clock.advance(Duration.ofHours(24));
        south.get("/families?name={n}", name).body("totalItems", equalTo(0));
        assertThat(walkAllFamilies(south)).doesNotContain(household.family());
    }

    /** Every family on every page of the list, following next. */
    private static java.util.List<String> walkAllFamilies(Api practitioner) {
        java.util.List<String> all = new java.util.ArrayList<>();
        String after = null;
        do {
            var page = (after == null
                            ? practitioner.get("/families?size=100")
                            : practitioner.get("/families?size=100&after={a}", after))
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            all.addAll(page.getList("items.id", String.class));
            after = page.getString("next");
        } while (after != null);
        return all;
    }

    @Test
    void a_second_break_glass_while_the_first_is_open_is_a_conflict() {
        Household household = Household.workedWithBy(north, "Twice household", "Glass");
        breakGlass(south, household);

        south.post("/families/{id}/break-glass", Map.of("reason", REASON), household.family())
                .statusCode(409)
                .body("code", equalTo("break-glass-open"));
    }

    @Test
    void the_family_closes_again_the_moment_the_access_expires() {
        Household household = Household.workedWithBy(north, "Expiring household", "Glass");
        breakGlass(south, household);
        south.get("/families/{id}", household.family()).statusCode(200);

        clock.advance(Duration.ofHours(24).minusMinutes(1));
        south.get("/families/{id}", household.family()).statusCode(200);

        clock.advance(Duration.ofMinutes(1));
        south.get("/families/{id}", household.family())
                .statusCode(404)
                .body("detail", equalTo("No family with id " + household.family() + "."));
        south.get("/people/{id}", household.mother()).statusCode(404);
        south.get("/families?name=Expiring").statusCode(200).body("items.id", not(hasItem(household.family())));

        String again = breakGlass(south, household);
        south.get("/families/{id}", household.family()).statusCode(200);
        assertThat(again).isNotBlank();
    }

    @Test
    void the_access_lands_in_the_review_lists_of_both_organisations_reviewers_and_no_one_elses() {
        Household household = Household.workedWithBy(north, "Reviewed household", "Glass");
        String access = breakGlass(south, household);
        south.get("/families/{id}", household.family()).statusCode(200);

        for (Api reviewer : List.of(southLead, southGuardian, northLead)) {
            reviewer.get("/break-glass-accesses?reviewed=false&size=100")
                    .statusCode(200)
                    .body("items.id", hasItem(access));
        }
        southLead
                .get("/break-glass-accesses/{id}", access)
                .statusCode(200)
                .body("practitioner", equalTo("p.south"))
                .body("organisation", equalTo(Tokens.SOUTH))
                .body("familyId", equalTo(household.family()))
                .body("reason", equalTo(REASON))
                .body("auditEvents", equalTo(4))
                .body("review", nullValue())
                .body("keySet()", not(hasItem("members")))
                .body("keySet()", not(hasItem("name")));

        Api eastLead = Api.withToken(Tokens.of("s.east", "east-council", "safeguarding-lead"));
        eastLead.get("/break-glass-accesses?size=100").statusCode(200).body("items.id", not(hasItem(access)));
        eastLead.get("/break-glass-accesses/{id}", access).statusCode(404);
        south.get("/break-glass-accesses").statusCode(403);
        south.get("/break-glass-accesses/{id}", access).statusCode(403);
        southLead
                .get("/break-glass-accesses?reviewed=maybe")
                .statusCode(400)
                .body("errors[0].field", equalTo("reviewed"));
    }

    @Test
    void a_reviewer_of_the_practitioners_organisation_records_the_review_once_and_it_is_audited() {
        Household household = Household.workedWithBy(north, "Judged household", "Glass");
        String access = breakGlass(south, household);

        southLead
                .post("/break-glass-accesses/{id}/review", Map.of("version", 0, "note", "Why not?"), access)
                .statusCode(400)
                .body("errors.field", equalTo(List.of("outcome")));
        northLead
                .post(
                        "/break-glass-accesses/{id}/review",
                        Map.of("version", 0, "outcome", "INAPPROPRIATE", "note", "Not yours to judge."),
                        access)
                .statusCode(422)
                .body("code", equalTo("another-organisations-break-glass"));
        southLead
                .post(
                        "/break-glass-accesses/{id}/review",
                        Map.of("version", 0, "outcome", "APPROPRIATE", "note", "Urgent and proportionate."),
                        access)
                .statusCode(200)
                .body("review.outcome", equalTo("APPROPRIATE"))
                .body("review.note", equalTo("Urgent and proportionate."))
                .body("review.reviewedBy", equalTo("s.south"))
                .body("version", equalTo(1));
        southGuardian
                .post(
                        "/break-glass-accesses/{id}/review",
                        Map.of("version", 1, "outcome", "INAPPROPRIATE", "note", "A second opinion."),
                        access)
                .statusCode(422)
                .body("code", equalTo("already-reviewed"));

        southGuardian.get("/break-glass-accesses?reviewed=true&size=100").body("items.id", hasItem(access));
        southGuardian.get("/break-glass-accesses?reviewed=false&size=100").body("items.id", not(hasItem(access)));
        southAuditor
                .get("/audit-events?recordId={id}&actor=s.south", access)
                .statusCode(200)
                .body("items.action", hasItem("BREAK_GLASS_REVIEWED"));
    }

    @Test
    void no_one_reviews_their_own_break_glass() {
        Household household = Household.workedWithBy(north, "Self-judged household", "Glass");
        String access = breakGlass(southLead, household);

        southLead
                .post(
                        "/break-glass-accesses/{id}/review",
                        Map.of("version", 0, "outcome", "APPROPRIATE", "note", "I was right."),
                        access)
                .statusCode(422)
                .body("code", equalTo("own-break-glass"));
        southGuardian
                .post(
                        "/break-glass-accesses/{id}/review",
                        Map.of("version", 0, "outcome", "INAPPROPRIATE", "note", "Could have waited."),
                        access)
                .statusCode(200)
                .body("review.outcome", equalTo("INAPPROPRIATE"));
    }

    private static String breakGlass(Api practitioner, Household household) {
        return practitioner
                .post("/families/{id}/break-glass", Map.of("reason", REASON), household.family())
                .statusCode(201)
                .extract()
                .path("id");
    }
}
