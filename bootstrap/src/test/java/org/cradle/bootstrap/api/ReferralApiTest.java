package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Referrals between organisations, through HTTP with real tokens: north-council works with a family it
 * created; south-council does not, until it accepts a referral from north.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ReferralApiTest {

    @Inject
    DataSource dataSource;

    private final Api north = Api.withToken(Tokens.of("j.mensah", Tokens.NORTH, "practitioner"));
    private final Api south = Api.withToken(Tokens.of("k.osei", Tokens.SOUTH, "practitioner"));
    private final Api east = Api.withToken(Tokens.of("e.ward", "east-council", "practitioner", "safeguarding-lead"));
    private final Api auditor = Api.withToken(Tokens.of("a.north", Tokens.NORTH, "auditor"));
    /** An auditor reads what their own organisation's staff did, and what was done to families it holds. */
    private final Api southAuditor = Api.withToken(Tokens.of("a.south", Tokens.SOUTH, "auditor"));

    private Household household;

    @BeforeEach
    void aFamilyNorthWorksWithAndSouthInTheDirectory() {
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "South Council Family Support"), Tokens.SOUTH)
                .statusCode(anyOf(equalTo(200), equalTo(201)));
        household = Household.workedWithBy(north, "Referred household", "Referral");
    }

    // --- making and answering a referral -------------------------------------------------------

    @Test
    void south_sees_only_the_referral_until_it_accepts_then_the_people_named_and_may_open_an_episode() {
        consentToSouth(household.mother(), household.mother());
        consentToSouth(household.child(), household.mother());

        String referral = north.post(
                        "/families/{id}/referrals",
                        referralTo(Tokens.SOUTH, household.mother(), household.child()),
                        household.family())
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("from", equalTo(Tokens.NORTH))
                .body("to", equalTo(Tokens.SOUTH))
                .body("people.personId", org.hamcrest.Matchers.contains(household.mother(), household.child()))
                .extract()
                .path("id");

        south.get("/referrals?box=inbox&status=PENDING&size=100")
                .statusCode(200)
                .body("items.id", hasItem(referral));
        south.get("/referrals/{id}", referral)
                .statusCode(200)
                .body("familyId", equalTo(household.family()))
                .body("purpose", equalTo("DIRECT_SUPPORT"))
                .body("categories", org.hamcrest.Matchers.contains("BASIC_DETAILS"))
                .body("note", equalTo("Mother asks for support with feeding."))
                .body("people[0].givenName", equalTo("Ada"))
                .body("people[0].nhsNumber", not(nullValue()))
                .body("people[1].dateOfBirth", equalTo("2026-06-06"));
        south.get("/families/{id}", household.family()).statusCode(404);
        south.post("/families/{id}/episodes", episode(), household.family()).statusCode(404);

        south.post("/referrals/{id}/acceptance", Map.of(), referral)
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("answeredBy", equalTo("k.osei"));

        south.get("/families/{id}", household.family())
                .statusCode(200)
                .body("members.personId", containsInAnyOrder(household.mother(), household.child()));
        south.post("/families/{id}/episodes", episode(), household.family()).statusCode(201);
        north.get("/referrals?box=outbox&status=ACCEPTED&size=100").body("items.id", hasItem(referral));
        auditor.get("/audit-events?recordId={id}&size=100", referral)
                .statusCode(200)
                .body("items.action", hasItems("REFERRAL_MADE", "REFERRAL_READ", "REFERRAL_ACCEPTED"));
    }

    @Test
    void a_referral_is_a_sharing_decision_and_without_consent_rests_on_a_lawful_basis_a_lead_makes_out()
            throws Exception {
        Api lead = Api.withToken(Tokens.of("s.lead", Tokens.NORTH, "safeguarding-lead"));
        Map<String, Object> body = referralTo(Tokens.SOUTH, household.child());
        body.put(
                "withoutConsent",
                Map.of(
                        "basis", "SIGNIFICANT_HARM_TO_A_CHILD",
                        "rationale", "Unexplained bruising on the infant at the home visit.",
                        "proportionality", "The infant's basic details only."));
        body.put("subjectsTold", false);
        body.put("notToldReason", "Telling the parents first could put the infant at greater risk.");
        long referrals = Rows.count(dataSource, "referral");
        long decisions = Rows.count(dataSource, "sharing_decision");

        north.post("/families/{id}/referrals", body, household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("decider"))
                .body("errors[0].rule", equalTo("safeguarding-competence"));
        assertThat(Rows.count(dataSource, "referral")).isEqualTo(referrals);
        assertThat(Rows.count(dataSource, "sharing_decision")).isEqualTo(decisions);

        String referral = lead.post("/families/{id}/referrals", body, household.family())
                .statusCode(201)
                .extract()
                .path("id");
        lead.get("/families/{id}/sharing-decisions", household.family())
                .statusCode(200)
                .body("items[0].referralId", equalTo(referral))
                .body("items[0].outcome", equalTo("SHARE_WITHOUT_CONSENT"))
                .body("items[0].lawfulBasis", equalTo("SIGNIFICANT_HARM_TO_A_CHILD"))
                .body("items[0].recipient.organisation", equalTo(Tokens.SOUTH))
                .body("items[0].subjectsTold", equalTo(false));
        lead.get("/sharing-decisions/subjects-to-tell?size=100").body("items.personId", hasItem(household.child()));
        // The decision is not a share of its own: south sees the family once it accepts, not before.
        south.get("/families/{id}", household.family()).statusCode(404);
        south.post("/referrals/{id}/acceptance", Map.of(), referral).statusCode(200);
        south.get("/families/{id}", household.family())
                .statusCode(200)
                .body("members.personId", containsInAnyOrder(household.child()));
    }

    @Test
    void a_referral_consent_does_not_cover_is_refused_with_422_naming_the_person_and_nothing_is_written()
            throws Exception {
        consentToSouth(household.mother(), household.mother());
        long before = Rows.count(dataSource, "referral");

        north.post(
                        "/families/{id}/referrals",
                        referralTo(Tokens.SOUTH, household.mother(), household.father()),
                        household.family())
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("not-covered"))
                .body("errors[0].field", equalTo("people[1]"))
                .body("errors[0].rule", equalTo("not-covered"))
                .body("detail", containsString(household.father()))
                .body("detail", containsString("BASIC_DETAILS is NOT_ASKED"));

        assertThat(Rows.count(dataSource, "referral")).isEqualTo(before);
        south.get("/families/{id}", household.family()).statusCode(404);
    }

    @Test
    void south_declines_with_a_reason_and_still_sees_nothing_of_the_family() {
        consentToSouth(household.mother(), household.mother());
        String referral = refer(household.mother());

        south.post("/referrals/{id}/declining", Map.of("reason", "The family lives outside our area."), referral)
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("The family lives outside our area."));

        south.get("/families/{id}", household.family()).statusCode(404);
        south.post("/referrals/{id}/acceptance", Map.of(), referral)
                .statusCode(422)
                .body("code", equalTo("referral-not-pending"));
        north.get("/referrals/{id}", referral).body("declineReason", equalTo("The family lives outside our area."));
        auditor.get("/audit-events?recordId={id}&size=100", referral)
                .body("items.action", hasItem("REFERRAL_DECLINED"));
    }

    @Test
    void a_decline_without_a_reason_is_a_400_naming_it() {
        consentToSouth(household.mother(), household.mother());
        String referral = refer(household.mother());

        south.post("/referrals/{id}/declining", Map.of("reason", " "), referral)
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void a_referral_is_404_to_an_organisation_it_is_not_between_exactly_as_an_unknown_one() {
        consentToSouth(household.mother(), household.mother());
        String referral = refer(household.mother());
        String unknown = UUID.randomUUID().toString();

        String hidden =
                east.get("/referrals/{id}", referral).statusCode(404).extract().path("title");
        String missing =
                east.get("/referrals/{id}", unknown).statusCode(404).extract().path("title");
        assertThat(hidden).isEqualTo(missing);
        east.post("/referrals/{id}/acceptance", Map.of(), referral).statusCode(404);
        east.get("/referrals?box=inbox&size=100").body("items.id", not(hasItem(referral)));
        north.post("/referrals/{id}/acceptance", Map.of(), referral).statusCode(403);
    }

    @Test
    void a_family_an_organisation_does_not_work_with_cannot_be_referred_by_it() {
        east.post("/families/{id}/referrals", referralTo(Tokens.SOUTH, household.mother()), household.family())
                .statusCode(404);
    }

    // --- asking for a referral -----------------------------------------------------------------

    @Test
    void south_asks_by_nhs_number_without_learning_who_holds_the_person_and_north_answers_with_a_referral() {
        consentToSouth(household.mother(), household.mother());
        String nhsNumber =
                north.get("/people/{id}", household.mother()).extract().path("nhsNumber");

        var asked = south.post("/referral-requests", ask(nhsNumber))
                .statusCode(201)
                .body("requests", hasSize(1))
                .body("requests[0].status", equalTo("OPEN"))
                .body("requests[0].person", nullValue())
                .body("requests[0]", not(hasKey("holder")))
                .extract();
        assertThat(asked.asString()).doesNotContain(household.mother()).doesNotContain(Tokens.NORTH);
        String request = asked.path("requests[0].id");

        north.get("/referral-requests?box=inbox&status=OPEN&size=100")
                .statusCode(200)
                .body("items.id", hasItem(request));
        north.get("/referral-requests/{id}", request)
                .statusCode(200)
                .body("person.personId", equalTo(household.mother()))
                .body("asker", equalTo(Tokens.SOUTH));

        String referral = north.post(
                        "/referral-requests/{id}/answer",
                        Map.of(
                                "familyId", household.family(),
                                "people", List.of(household.mother()),
                                "categories", List.of("BASIC_DETAILS"),
                                "note", "Known to our health visitors since the birth."),
                        request)
                .statusCode(201)
                .body("to", equalTo(Tokens.SOUTH))
                .body("referralRequestId", equalTo(request))
                .extract()
                .path("id");

        String seen = south.get("/referral-requests/{id}", request)
                .statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("referralId", equalTo(referral))
                .extract()
                .asString();
        assertThat(seen).doesNotContain(household.mother());
        south.post("/referrals/{id}/acceptance", Map.of(), referral).statusCode(200);
        south.get("/families/{id}", household.family())
                .statusCode(200)
                .body("members.personId", org.hamcrest.Matchers.contains(household.mother()));
        auditor.get("/audit-events?recordId={id}&size=100", request)
                .body("items.action", hasItems("REFERRAL_REQUEST_READ", "REFERRAL_MADE"));
        southAuditor
                .get("/audit-events?recordId={id}&size=100", request)
                .body("items.action", hasItems("REFERRAL_REQUESTED", "REFERRAL_REQUEST_READ"));
    }

    @Test
    void north_refuses_a_request_with_a_reason_and_south_sees_the_reason_and_nothing_else() {
        String nhsNumber =
                north.get("/people/{id}", household.father()).extract().path("nhsNumber");
        String request = south.post("/referral-requests", ask(nhsNumber))
                .statusCode(201)
                .extract()
                .path("requests[0].id");

        north.post("/referral-requests/{id}/refusal", Map.of("reason", "The father does not agree to it."), request)
                .statusCode(200)
                .body("status", equalTo("REFUSED"));

        south.get("/referral-requests?box=outbox&status=REFUSED&size=100")
                .statusCode(200)
                .body("items.id", hasItem(request));
        south.get("/referral-requests/{id}", request)
                .body("refusalReason", equalTo("The father does not agree to it."))
                .body("person", nullValue())
                .body("answeredBy", nullValue());
        south.get("/families/{id}", household.family()).statusCode(404);
        east.get("/referral-requests/{id}", request).statusCode(404);
        // The refusal is a decision not to share, recorded for north and never shown to south.
        north.get("/people/{id}/disclosures", household.father())
                .statusCode(200)
                .body("items[0].decision", equalTo("DO_NOT_SHARE"))
                .body("items[0].recipient.organisation", equalTo(Tokens.SOUTH))
                .body("items[0].note", equalTo("The father does not agree to it."));
        String refusal = north.get("/people/{id}/disclosures", household.father())
                .extract()
                .path("items[0].id");
        south.get("/sharing-decisions/{id}", refusal).statusCode(404);
        south.get("/sharing-decisions?size=100").body("items.id", not(hasItem(refusal)));
        auditor.get("/audit-events?recordId={id}&size=100", request)
                .body("items.action", hasItem("REFERRAL_REQUEST_REFUSED"));
    }

    @Test
    void an_nhs_number_cradle_does_not_hold_is_422_and_one_the_asker_works_with_is_409() {
        south.post("/referral-requests", ask(NhsNumbers.fresh()))
                .statusCode(422)
                .body("code", equalTo("unknown-nhs-number"))
                .body("errors[0].field", equalTo("nhsNumber"));
        String nhsNumber =
                north.get("/people/{id}", household.mother()).extract().path("nhsNumber");
        north.post("/referral-requests", ask(nhsNumber)).statusCode(409).body("code", equalTo("already-working-with"));
    }

    // --- helpers -------------------------------------------------------------------------------

    /** {@code grantor} consents, for {@code subject}, to basic details going to south-council for direct support. */
    private void consentToSouth(String subject, String grantor) {
        Map<String, Object> body = Household.ownConsent(subject);
        body.put("grantorId", grantor);
        body.put("recipients", List.of(Map.of("kind", "ORGANISATION", "organisation", Tokens.SOUTH)));
        north.post("/families/{id}/consents", body, household.family()).statusCode(201);
    }

    private String refer(String... people) {
        return north.post("/families/{id}/referrals", referralTo(Tokens.SOUTH, people), household.family())
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> referralTo(String organisation, String... people) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", organisation);
        body.put("purpose", "DIRECT_SUPPORT");
        body.put("people", List.of(people));
        body.put("categories", List.of("BASIC_DETAILS"));
        body.put("note", "Mother asks for support with feeding.");
        return body;
    }

    private static Map<String, Object> ask(String nhsNumber) {
        return Map.of(
                "nhsNumber",
                nhsNumber,
                "purpose",
                "DIRECT_SUPPORT",
                "note",
                "Came to our drop-in and asks for a family support worker.");
    }

    private static Map<String, Object> episode() {
        return Map.of("serviceType", "EARLY_HELP", "leadPractitioner", "k.osei", "openedOn", "2026-01-01");
    }
}
