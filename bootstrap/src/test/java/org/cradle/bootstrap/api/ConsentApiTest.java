package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ConsentApiTest {

    private static final String HEALTH = "RX1";

    @Inject
    DataSource dataSource;

    private final Api practitioner = Api.as("practitioner");
    private Household household;
    /** A member without parental responsibility. */
    private String grandmother;

    @BeforeEach
    void aFamilyTheNorthCouncilWorksWith() {
        Api.as("admin")
                .put(
                        "/organisations/{code}",
                        Map.of("name", "North Community Health NHS Trust", "contactEmail", "ig@north-health.example"),
                        HEALTH)
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        household = Household.workedWithBy(practitioner, "Consent household", "Consent");
        grandmother = practitioner.addNewPerson(
                household.family(), person("Dot", "Consent", "1960-01-01", NhsNumbers.fresh()), "CARER", false);
    }

    // --- recording -----------------------------------------------------------------------------

    @Test
    void an_adult_gives_explicit_consent_for_herself_and_it_reads_back_as_version_1() {
        String location = practitioner
                .post("/families/{id}/consents", given(household.mother(), household.mother()), household.family())
                .statusCode(201)
                .body("status", equalTo("GIVEN"))
                .body("version", equalTo(1))
                .body("subjectId", equalTo(household.mother()))
                .body("versions[0].change", equalTo("GIVEN"))
                .body("versions[0].recipients[0].kind", equalTo("ORGANISATION"))
                .body("versions[0].recipients[0].organisation", equalTo(HEALTH))
                .body("versions[0].recordedBy", equalTo("practitioner-user"))
                .body("versions[0].recordedFor", equalTo("north-council"))
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        practitioner
                .get("/consents/{id}", id)
                .statusCode(200)
                .body("versions", hasSize(1))
                .body("versions[0].categories", contains("BASIC_DETAILS", "MENTAL_HEALTH"))
                .body("versions[0].method", equalTo("EXPLICIT_WRITTEN"))
                .body("versions[0].formReference", equalTo("form-2026-0142"));
        Api.as("auditor")
                .get("/audit-events?recordId={id}", id)
                .body("items.action", contains("CONSENT_GIVEN", "CONSENT_READ"));
    }

    @Test
    void a_parent_with_parental_responsibility_decides_for_the_infant_even_living_apart() {
        practitioner
                .post("/families/{id}/consents", given(household.child(), household.father()), household.family())
                .statusCode(201)
                .body("grantorId", equalTo(household.father()))
                .body("subjectId", equalTo(household.child()));
    }

    @Test
    void a_grantor_without_parental_responsibility_is_refused_with_422_and_nothing_is_written() throws Exception {
        long[] before = counts();

        practitioner
                .post("/families/{id}/consents", given(household.child(), grandmother), household.family())
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("no-parental-responsibility"))
                .body("errors[0].field", equalTo("grantorId"))
                .body("errors[0].rule", equalTo("no-parental-responsibility"))
                .body("detail", containsString("parental responsibility"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void implied_consent_for_a_sensitive_category_is_refused_with_422_and_nothing_is_written() throws Exception {
        Map<String, Object> body = given(household.mother(), household.mother());
        body.put("method", "IMPLIED");
        body.put("categories", List.of("BASIC_DETAILS", "SUBSTANCE_USE"));
        long[] before = counts();

        practitioner
                .post("/families/{id}/consents", body, household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("method"))
                .body("errors[0].rule", equalTo("explicit-consent-required"))
                .body("detail", containsString("SUBSTANCE_USE"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_review_date_before_the_effective_date_is_refused_with_400_and_nothing_is_written() throws Exception {
        Map<String, Object> body = given(household.mother(), household.mother());
        body.put("effectiveFrom", "2026-03-14");
        body.put("reviewBy", "2026-03-01");
        long[] before = counts();

        practitioner
                .post("/families/{id}/consents", body, household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("reviewBy"))
                .body("errors[0].rule", equalTo("after-effective-from"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void an_unknown_recipient_is_refused_naming_it_and_nothing_is_written() throws Exception {
        Map<String, Object> unknownOrganisation = given(household.mother(), household.mother());
        unknownOrganisation.put(
                "recipients",
                List.of(Map.of("kind", "ORGANISATION", "organisation", HEALTH), organisation("nowhere-council")));
        Map<String, Object> unknownRole = given(household.mother(), household.mother());
        unknownRole.put("recipients", List.of(Map.of("kind", "ROLE", "role", "chief-wizard")));
        Map<String, Object> notAMember = given(household.mother(), household.mother());
        notAMember.put(
                "recipients",
                List.of(Map.of("kind", "FAMILY_MEMBER", "personId", "6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51")));
        long[] before = counts();

        practitioner
                .post("/families/{id}/consents", unknownOrganisation, household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("recipients[1]"))
                .body("errors[0].rule", equalTo("unknown-recipient"));
        practitioner
                .post("/families/{id}/consents", unknownRole, household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("recipients[0].role"))
                .body("errors[0].rule", equalTo("unknown-recipient"));
        practitioner
                .post("/families/{id}/consents", notAMember, household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("recipients[0]"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void missing_fields_are_each_named() {
        practitioner
                .post("/families/{id}/consents", Map.of("decision", "GIVEN"), household.family())
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "subjectId",
                                "grantorId",
                                "purposes",
                                "categories",
                                "recipients",
                                "notesKeptIn",
                                "method",
                                "effectiveFrom",
                                "reviewBy"));
    }

    // --- lifecycle -----------------------------------------------------------------------------

    @Test
    void withdrawal_is_one_call_and_withdrawing_twice_is_refused_with_422_writing_nothing() throws Exception {
        String consent = record(given(household.mother(), household.mother()));

        practitioner
                .post("/consents/{id}/withdrawal", Map.of("version", 1), consent)
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("version", equalTo(2))
                .body("versions[1].change", equalTo("WITHDRAWN"))
                .body("versions[1].effectiveFrom", equalTo(today().toString()));
        long[] before = counts();

        practitioner
                .post("/consents/{id}/withdrawal", Map.of("version", 2), consent)
                .statusCode(422)
                .body("code", equalTo("already-withdrawn"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_review_adds_a_version_that_supersedes_the_old_and_a_stale_one_is_refused_with_409() throws Exception {
        String consent = record(given(household.mother(), household.mother()));
        Map<String, Object> review = given(household.mother(), household.mother());
        review.remove("subjectId");
        review.remove("grantorId");
        review.put("version", 1);
        review.put("categories", List.of("BASIC_DETAILS"));
        review.put("effectiveFrom", today().toString());
        review.put("reviewBy", today().plusMonths(6).toString());

        practitioner
                .post("/consents/{id}/reviews", review, consent)
                .statusCode(200)
                .body("version", equalTo(2))
                .body("versions[1].change", equalTo("REVIEWED"))
                .body("versions[1].categories", contains("BASIC_DETAILS"))
                .body("versions[0].categories", contains("BASIC_DETAILS", "MENTAL_HEALTH"));
        long[] before = counts();

        practitioner
                .post("/consents/{id}/reviews", review, consent)
                .statusCode(409)
                .body("code", equalTo("stale-version"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_refusal_is_recorded_and_cannot_be_withdrawn() {
        Map<String, Object> refusal = given(household.mother(), household.mother());
        refusal.put("decision", "REFUSED");
        String consent = record(refusal);

        practitioner.get("/consents/{id}", consent).body("status", equalTo("REFUSED"));
        practitioner
                .post("/consents/{id}/withdrawal", Map.of("version", 1), consent)
                .statusCode(422)
                .body("code", equalTo("nothing-to-withdraw"));
    }

    @Test
    void what_a_person_had_agreed_to_on_a_past_day_stays_answerable_after_withdrawal() {
        Map<String, Object> body = given(household.mother(), household.mother());
        body.put("effectiveFrom", "2026-03-01");
        body.put("reviewBy", "2027-03-01");
        String consent = record(body);
        practitioner
                .post("/consents/{id}/withdrawal", Map.of("version", 1, "effectiveFrom", "2026-06-01"), consent)
                .statusCode(200);

        practitioner
                .get("/people/{id}/consents?on=2026-03-14", household.mother())
                .statusCode(200)
                .body("on", equalTo("2026-03-14"))
                .body("consents", hasSize(1))
                .body("consents[0].status", equalTo("GIVEN"))
                .body("consents[0].version.number", equalTo(1));
        practitioner
                .get("/people/{id}/consents?on=2026-07-01", household.mother())
                .body("consents[0].status", equalTo("WITHDRAWN"))
                .body("consents[0].version.number", equalTo(2));
        practitioner
                .get("/people/{id}/consents?on=2026-02-01", household.mother())
                .body("consents", hasSize(0));
    }

    @Test
    void the_history_of_a_persons_consents_lists_every_version_in_the_order_recorded() {
        String consent = record(given(household.mother(), household.mother()));
        practitioner
                .post("/consents/{id}/withdrawal", Map.of("version", 1), consent)
                .statusCode(200);

        practitioner
                .get("/people/{id}/consent-history", household.mother())
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.version.change", contains("GIVEN", "WITHDRAWN"))
                .body("items.consentId", contains(consent, consent));
    }

    @Test
    void consents_past_their_review_date_are_listed_as_due_and_read_as_expired() {
        Map<String, Object> body = given(household.mother(), household.mother());
        body.put("effectiveFrom", today().minusMonths(7).toString());
        body.put("reviewBy", today().minusDays(3).toString());
        String lapsed = record(body);
        String current = record(given(household.father(), household.father()));

        practitioner
                .get("/consents/due-for-review?size=100")
                .statusCode(200)
                .body("items.id", hasItem(lapsed))
                .body("items.id", not(hasItem(current)));
        practitioner
                .get("/consents/due-for-review?size=100&on=" + today().plusYears(2))
                .body("items.id", hasItem(current));
        practitioner.get("/consents/{id}", lapsed).body("status", equalTo("EXPIRED"));
        Api.withToken(Tokens.of("p.south", Tokens.SOUTH, "practitioner"))
                .get("/consents/due-for-review?size=100&on=" + today().plusYears(2))
                .body("items.id", not(hasItem(current)));
    }

    // --- the coverage question -----------------------------------------------------------------

    @Test
    void coverage_is_answered_covered_with_the_version_it_rests_on() {
        String consent = record(given(household.mother(), household.mother()));

        ask(question(household.mother(), Map.of("organisation", HEALTH), "BASIC_DETAILS", "MENTAL_HEALTH"))
                .statusCode(200)
                .body("coverage", equalTo("COVERED"))
                .body("basis.consentId", equalTo(consent))
                .body("basis.version", equalTo(1))
                .body("categories.coverage", contains("COVERED", "COVERED"));
    }

    @Test
    void coverage_is_not_asked_for_what_no_consent_names_and_refused_withdrawn_or_expired_as_recorded() {
        ask(question(household.father(), Map.of("organisation", HEALTH), "BASIC_DETAILS"))
                .body("coverage", equalTo("NOT_ASKED"))
                .body("basis", nullValue());

        Map<String, Object> refusal = given(household.father(), household.father());
        refusal.put("decision", "REFUSED");
        record(refusal);
        ask(question(household.father(), Map.of("organisation", HEALTH), "BASIC_DETAILS"))
                .body("coverage", equalTo("REFUSED"));

        String consent = record(given(household.mother(), household.mother()));
        practitioner
                .post("/consents/{id}/withdrawal", Map.of("version", 1), consent)
                .statusCode(200);
        ask(question(household.mother(), Map.of("organisation", HEALTH), "MENTAL_HEALTH"))
                .body("coverage", equalTo("WITHDRAWN"))
                .body("basis.version", equalTo(2));

        Map<String, Object> lapsed = given(household.child(), household.mother());
        lapsed.put("effectiveFrom", today().minusMonths(7).toString());
        lapsed.put("reviewBy", today().minusDays(1).toString());
        record(lapsed);
        ask(question(household.child(), Map.of("organisation", HEALTH), "BASIC_DETAILS"))
                .body("coverage", equalTo("EXPIRED"));
    }

    @Test
    void coverage_on_a_past_day_answers_from_the_version_in_force_then() {
        Map<String, Object> body = given(household.mother(), household.mother());
        body.put("effectiveFrom", "2026-03-01");
        body.put("reviewBy", "2027-03-01");
        String consent = record(body);
        practitioner
                .post("/consents/{id}/withdrawal", Map.of("version", 1, "effectiveFrom", "2026-06-01"), consent)
                .statusCode(200);

        Map<String, Object> onTheFourteenth =
                question(household.mother(), Map.of("organisation", HEALTH), "MENTAL_HEALTH");
        onTheFourteenth.put("on", "2026-03-14");
        ask(onTheFourteenth).body("coverage", equalTo("COVERED")).body("basis.version", equalTo(1));
    }

    @Test
    void an_excluded_family_member_is_refused_and_the_team_around_the_family_is_covered() {
        Map<String, Object> body = given(household.mother(), household.mother());
        body.put("recipients", List.of(Map.of("kind", "TEAM_AROUND_THE_FAMILY")));
        body.put("excludedPersonIds", List.of(household.father()));
        record(body);

        ask(question(household.mother(), Map.of("personId", household.father()), "BASIC_DETAILS"))
                .body("coverage", equalTo("REFUSED"))
                .body("categories[0].excludedRecipient", equalTo(true));
        ask(question(household.mother(), Map.of("organisation", "north-council"), "BASIC_DETAILS"))
                .body("coverage", equalTo("COVERED"));
        ask(question(household.mother(), Map.of("organisation", "south-council"), "BASIC_DETAILS"))
                .body("coverage", equalTo("NOT_ASKED"));
    }

    @Test
    void a_question_missing_its_parts_is_refused_naming_them() {
        practitioner
                .post(
                        "/consent-coverage",
                        Map.of("recipient", Map.of("organisation", HEALTH, "personId", household.father())))
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "subjectId", "purpose", "categories", "recipient.organisation"));
    }

    // --- receipt -------------------------------------------------------------------------------

    @Test
    void a_receipt_in_the_kantara_shape_can_be_given_to_the_family_for_any_version() {
        String consent = record(given(household.mother(), household.mother()));

        practitioner
                .get("/consents/{id}/versions/1/receipt", consent)
                .statusCode(200)
                .body("version", equalTo("KI-CR-v1.1.0"))
                .body("jurisdiction", equalTo("GB"))
                .body("consentReceiptID", equalTo(consent + "/v1"))
                .body("piiPrincipalId", equalTo(household.mother()))
                .body("piiControllers[0].organisationCode", equalTo("north-council"))
                .body("services[0].service", equalTo("DIRECT_SUPPORT"))
                .body("services[0].purposes[0].consentType", equalTo("EXPLICIT"))
                .body("services[0].purposes[0].piiCategory", contains("BASIC_DETAILS", "MENTAL_HEALTH"))
                .body("services[0].purposes[0].thirdPartyName", containsString(HEALTH))
                .body("sensitive", equalTo(true))
                .body("spiCat", contains("MENTAL_HEALTH"))
                .body("cradle.decision", equalTo("GIVEN"))
                .body("cradle.consentVersion", equalTo(1));
        practitioner.get("/consents/{id}/versions/7/receipt", consent).statusCode(404);
    }

    // --- who may -------------------------------------------------------------------------------

    @Test
    void an_organisation_not_working_with_the_family_finds_nothing_there_and_nothing_is_written() throws Exception {
        String consent = record(given(household.mother(), household.mother()));
        Api south = Api.withToken(Tokens.of("p.south", Tokens.SOUTH, "practitioner"));
        long[] before = counts();

        south.post("/families/{id}/consents", given(household.father(), household.father()), household.family())
                .statusCode(404);
        south.get("/consents/{id}", consent).statusCode(404);
        south.post("/consents/{id}/withdrawal", Map.of("version", 1), consent).statusCode(404);
        south.get("/people/{id}/consent-history", household.mother()).statusCode(404);
        south.post("/consent-coverage", question(household.mother(), Map.of("organisation", HEALTH), "BASIC_DETAILS"))
                .statusCode(404);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void managers_and_safeguarding_leads_may_but_auditors_records_officers_and_integrators_may_not() {
        String consent = record(given(household.mother(), household.mother()));

        Api.as("team-manager").get("/consents/{id}", consent).statusCode(200);
        Api.as("safeguarding-lead").get("/consents/{id}", consent).statusCode(200);
        Api.as("auditor").get("/consents/{id}", consent).statusCode(403);
        Api.as("records-officer").get("/consents/{id}", consent).statusCode(403);
        Api.as("integrator")
                .post("/families/{id}/consents", given(household.father(), household.father()), household.family())
                .statusCode(403);
    }

    @Test
    void a_familys_consents_are_listed_a_page_at_a_time() {
        record(given(household.mother(), household.mother()));
        record(given(household.father(), household.father()));
        record(given(household.child(), household.mother()));

        practitioner
                .get("/families/{id}/consents?size=2", household.family())
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items", hasSize(2))
                .body("items[0].subjectId", equalTo(household.mother()));
        practitioner.get("/families/{id}/consents?size=0", household.family()).statusCode(400);
    }

    @Test
    void only_administrators_add_organisations_and_anyone_signed_in_lists_them() {
        practitioner
                .put("/organisations/{code}", Map.of("name", "Nope"), "nope-1")
                .statusCode(403);
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "  "), "blank-name")
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        practitioner.get("/organisations?size=100").statusCode(200).body("items.code", hasItem(HEALTH));
    }

    // --- helpers -------------------------------------------------------------------------------

    private long[] counts() throws Exception {
        return new long[] {
            Rows.count(dataSource, "consent"),
            Rows.count(dataSource, "consent_version"),
            Rows.count(dataSource, Rows.AUDIT_EXCEPT_DENIALS)
        };
    }

    private String record(Map<String, Object> body) {
        return practitioner
                .post("/families/{id}/consents", body, household.family())
                .statusCode(201)
                .extract()
                .path("id");
    }

    private io.restassured.response.ValidatableResponse ask(Map<String, Object> question) {
        return practitioner.post("/consent-coverage", question).statusCode(200);
    }

    private static Map<String, Object> question(String subject, Map<String, Object> recipient, String... categories) {
        Map<String, Object> question = new HashMap<>();
        question.put("subjectId", subject);
        question.put("purpose", "DIRECT_SUPPORT");
        question.put("recipient", recipient);
        question.put("categories", List.of(categories));
        return question;
    }

    private static Map<String, Object> organisation(String code) {
        return Map.of("kind", "ORGANISATION", "organisation", code);
    }

    /** Explicit written consent to share basic details and mental health with the health trust. */
    private static Map<String, Object> given(String subject, String grantor) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("grantorId", grantor);
        body.put("decision", "GIVEN");
        body.put("purposes", List.of("DIRECT_SUPPORT"));
        body.put("recipients", new ArrayList<>(List.of(organisation(HEALTH))));
        body.put("categories", List.of("MENTAL_HEALTH", "BASIC_DETAILS"));
        body.put("notesKeptIn", "INFANT_RECORD");
        body.put("method", "EXPLICIT_WRITTEN");
        body.put("effectiveFrom", today().minusDays(1).toString());
        body.put("reviewBy", today().plusMonths(6).toString());
        body.put("formReference", "form-2026-0142");
        return body;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
