package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deciding whether to share, through HTTP with real tokens: the flowchart's answer with its path, a
 * decision recorded (to share and not to share), a share without consent refused until it is made out,
 * who may read a decision, and the disclosure log.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SharingApiTest {

    private static final String HEALTH = "health-visiting";

    @Inject
    DataSource dataSource;

    private final Api practitioner = Api.withToken(Tokens.of("p.share", Tokens.NORTH, "practitioner"));
    private final Api lead = Api.withToken(Tokens.of("s.share", Tokens.NORTH, "safeguarding-lead"));
    private final Api guardian = Api.withToken(Tokens.of("c.share", Tokens.NORTH, "caldicott-guardian"));
    private final Api health = Api.withToken(Tokens.of("h.share", HEALTH, "practitioner"));
    private final Api south = Api.withToken(Tokens.of("k.share", Tokens.SOUTH, "practitioner"));

    private Household household;

    @BeforeEach
    void aFamilyNorthWorksWithAndHealthVisitingInTheDirectory() {
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "Health Visiting"), HEALTH)
                .statusCode(anyOf(equalTo(200), equalTo(201)));
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "South Council"), Tokens.SOUTH)
                .statusCode(anyOf(equalTo(200), equalTo(201)));
        household = Household.workedWithBy(practitioner, "Sharing household", "Sharing");
    }

    @Test
    void consent_that_covers_the_share_lets_it_go_citing_the_version_relied_on_and_the_decision_is_recorded() {
        String consent = consent(household.mother(), "GIVEN");

        practitioner
                .post("/families/{id}/sharing-proposals", proposal(null), household.family())
                .statusCode(200)
                .body("outcome", equalTo("SHARE"))
                .body("path.question", contains("PURPOSE", "IDENTIFIES", "CONFIDENTIAL", "CONSENT"))
                .body("path[3].answer", equalTo(true))
                .body("reliedOn[0].consentId", equalTo(consent))
                .body("reliedOn[0].version", equalTo(1));

        String decision = practitioner
                .post("/families/{id}/sharing-decisions", decision(proposal(null), "SHARE"), household.family())
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("decision", equalTo("SHARE"))
                .body("outcome", equalTo("SHARE"))
                .body("reliedOn[0].consentId", equalTo(consent))
                .body("organisation", equalTo(Tokens.NORTH))
                .body("decidedBy", equalTo("p.share"))
                .extract()
                .path("id");

        practitioner.get("/sharing-decisions/{id}", decision).statusCode(200).body("path", hasSize(4));
        health.get("/sharing-decisions/{id}", decision).statusCode(200).body("recipient.organisation", equalTo(HEALTH));
        south.get("/sharing-decisions/{id}", decision).statusCode(404);
    }

    @Test
    void without_consent_or_another_lawful_reason_the_answer_is_do_not_share_and_that_decision_is_recorded_too() {
        consent(household.mother(), "REFUSED");

        practitioner
                .post("/families/{id}/sharing-proposals", proposal(null), household.family())
                .statusCode(200)
                .body("outcome", equalTo("DO_NOT_SHARE"))
                .body("path[3].reason", org.hamcrest.Matchers.containsString("refused"))
                .body("path[4].question", equalTo("LAWFUL_BASIS"));

        Map<String, Object> body = decision(proposal(null), "DO_NOT_SHARE");
        body.put("note", "The mother refused; nothing suggests a risk that outweighs it.");
        practitioner
                .post("/families/{id}/sharing-decisions", body, household.family())
                .statusCode(201)
                .body("decision", equalTo("DO_NOT_SHARE"))
                .body("outcome", equalTo("DO_NOT_SHARE"))
                .body("note", startsWith("The mother refused"));
        practitioner
                .post("/families/{id}/sharing-decisions", decision(proposal(null), "SHARE"), household.family())
                .statusCode(422)
                .body("code", equalTo("not-lawful"));
    }

    @Test
    void a_share_without_consent_is_refused_naming_what_it_lacks_and_nothing_is_written() throws Exception {
        consent(household.mother(), "REFUSED");
        long before = Rows.count(dataSource, "sharing_decision");

        practitioner
                .post("/families/{id}/sharing-decisions", decision(proposal(harm()), "SHARE"), household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("decider"))
                .body("errors[0].rule", equalTo("safeguarding-competence"));
        Map<String, Object> bare = harm();
        bare.remove("rationale");
        lead.post("/families/{id}/sharing-decisions", decision(proposal(bare), "SHARE"), household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("withoutConsent.rationale"));
        Map<String, Object> noBasis = harm();
        noBasis.remove("basis");
        lead.post("/families/{id}/sharing-decisions", decision(proposal(noBasis), "SHARE"), household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("proposal.withoutConsent.basis"));
        Map<String, Object> untold = decision(proposal(harm()), "SHARE");
        untold.put("subjectsTold", false);
        lead.post("/families/{id}/sharing-decisions", untold, household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("notToldReason"));

        assertThat(Rows.count(dataSource, "sharing_decision")).isEqualTo(before);
    }

    @Test
    void a_safeguarding_lead_or_caldicott_guardian_shares_without_consent_on_a_lawful_basis_made_out() {
        consent(household.mother(), "REFUSED");
        Map<String, Object> body = decision(proposal(harm()), "SHARE");
        body.put("urgency", "IMMEDIATE");
        body.put("subjectsTold", false);
        body.put("notToldReason", "Telling the father would put the infant at greater risk tonight.");
        body.put(
                "consulted",
                List.of(Map.of(
                        "role", "CALDICOTT_GUARDIAN", "name", "Dr A. Mensah", "advice", "Share the visit only.")));

        lead.post("/families/{id}/sharing-decisions", body, household.family())
                .statusCode(201)
                .body("outcome", equalTo("SHARE_WITHOUT_CONSENT"))
                .body("lawfulBasis", equalTo("SIGNIFICANT_HARM_TO_A_CHILD"))
                .body("path[4].question", equalTo("LAWFUL_BASIS"))
                .body("path[4].answer", equalTo(true))
                .body("path[4].reason", org.hamcrest.Matchers.containsString("overrides"))
                .body("subjectsTold", equalTo(false))
                .body("consulted[0].role", equalTo("CALDICOTT_GUARDIAN"))
                .body("urgency", equalTo("IMMEDIATE"));
        guardian.post("/families/{id}/sharing-proposals", proposal(harm()), household.family())
                .statusCode(200)
                .body("outcome", equalTo("SHARE_WITHOUT_CONSENT"));
    }

    @Test
    void the_disclosure_log_lists_every_decision_about_the_person_newest_first_shared_or_not() {
        consent(household.mother(), "GIVEN");
        String shared = practitioner
                .post("/families/{id}/sharing-decisions", decision(proposal(null), "SHARE"), household.family())
                .extract()
                .path("id");
        String withheld = practitioner
                .post("/families/{id}/sharing-decisions", decision(proposal(null), "DO_NOT_SHARE"), household.family())
                .extract()
                .path("id");

        practitioner
                .get("/people/{id}/disclosures", household.mother())
                .statusCode(200)
                .body("items.id", contains(withheld, shared))
                .body("totalItems", equalTo(2));
        guardian.get("/people/{id}/disclosures?recipient={r}", household.mother(), HEALTH)
                .statusCode(200)
                .body("totalItems", equalTo(2));
        practitioner
                .get("/people/{id}/disclosures?recipient=south-council", household.mother())
                .body("totalItems", equalTo(0));
        health.get("/people/{id}/disclosures", household.mother()).statusCode(404);
        practitioner.get("/people/{id}/disclosures", household.child()).body("totalItems", equalTo(0));
        Api.withToken(Tokens.of("a.share", Tokens.NORTH, "auditor"))
                .get("/audit-events?recordId={id}", shared)
                .body("items.action", hasItem("SHARING_DECIDED"));
    }

    @Test
    void a_share_made_without_telling_the_mother_keeps_her_on_the_reminder_list_until_she_is_told() {
        consent(household.mother(), "GIVEN");
        Map<String, Object> body = decision(proposal(null), "SHARE");
        body.put("subjectsTold", false);
        body.put("notToldReason", "Telling her now would alert her partner.");
        String decision = practitioner
                .post("/families/{id}/sharing-decisions", body, household.family())
                .statusCode(201)
                .body("toldLater", org.hamcrest.Matchers.empty())
                .extract()
                .path("id");
        String remindersOfThisDecision = "items.findAll { it.decisionId == '" + decision + "' }";

        lead.get("/sharing-decisions/subjects-to-tell?size=100")
                .statusCode(200)
                .body(remindersOfThisDecision + ".personId", contains(household.mother()))
                .body(remindersOfThisDecision + ".notToldReason", contains("Telling her now would alert her partner."));
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        practitioner
                .post(
                        "/sharing-decisions/{id}/tellings",
                        Map.of("personId", household.father(), "toldOn", today),
                        decision)
                .statusCode(422)
                .body("errors[0].field", equalTo("personId"))
                .body("errors[0].rule", equalTo("not-a-subject"));
        practitioner
                .post(
                        "/sharing-decisions/{id}/tellings",
                        Map.of(
                                "personId",
                                household.mother(),
                                "toldOn",
                                LocalDate.parse(today).plusDays(1).toString()),
                        decision)
                .statusCode(400)
                .body("errors[0].rule", equalTo("not-in-range"));
        health.post(
                        "/sharing-decisions/{id}/tellings",
                        Map.of("personId", household.mother(), "toldOn", today),
                        decision)
                .statusCode(404);

        lead.post(
                        "/sharing-decisions/{id}/tellings",
                        Map.of("personId", household.mother(), "toldOn", today, "how", "At the clinic, alone."),
                        decision)
                .statusCode(201)
                .body("personId", equalTo(household.mother()))
                .body("recordedBy", equalTo("s.share"));
        lead.post("/sharing-decisions/{id}/tellings", Map.of("personId", household.mother(), "toldOn", today), decision)
                .statusCode(409)
                .body("code", equalTo("already-told"));
        lead.get("/sharing-decisions/subjects-to-tell?size=100")
                .body(remindersOfThisDecision, org.hamcrest.Matchers.empty());
        health.get("/sharing-decisions/{id}", decision)
                .statusCode(200)
                .body("subjectsTold", equalTo(false))
                .body("toldLater[0].personId", equalTo(household.mother()))
                .body("toldLater[0].how", equalTo("At the clinic, alone."));
    }

    @Test
    void the_disclosure_log_is_read_by_family_and_by_recipient_and_period_for_the_organisation() {
        consent(household.mother(), "GIVEN");
        String shared = practitioner
                .post("/families/{id}/sharing-decisions", decision(proposal(null), "SHARE"), household.family())
                .extract()
                .path("id");
        String withheld = Decisions.notToShare(
                practitioner, household.family(), household.mother(), Tokens.SOUTH, "MENTAL_HEALTH");

        practitioner
                .get("/families/{id}/sharing-decisions", household.family())
                .statusCode(200)
                .body("items.id", contains(withheld, shared))
                .body("totalItems", equalTo(2));
        practitioner
                .get("/families/{id}/sharing-decisions?recipient={r}", household.family(), HEALTH)
                .body("items.id", contains(shared));
        south.get("/families/{id}/sharing-decisions", household.family()).statusCode(404);

        String hourAgo = java.time.Instant.now().minusSeconds(3600).toString();
        guardian.get("/sharing-decisions?recipient={r}&from={from}&size=100", HEALTH, hourAgo)
                .statusCode(200)
                .body("items.id", hasItem(shared))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(withheld)))
                .body("items.recipient.organisation", org.hamcrest.Matchers.everyItem(equalTo(HEALTH)));
        health.get("/sharing-decisions?from={from}&size=100", hourAgo)
                .statusCode(200)
                .body("items.id", hasItem(shared))
                .body("items.organisation", hasItem(Tokens.NORTH));
        guardian.get("/sharing-decisions?to={to}", hourAgo)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(shared)));
        guardian.get("/sharing-decisions?from={from}&to={to}", hourAgo, "2020-01-01T00:00:00Z")
                .statusCode(400)
                .body("errors[0].rule", equalTo("not-before-from"));
        Api.withToken(Tokens.of("a.share", Tokens.NORTH, "auditor"))
                .get("/audit-events?recordId={id}", withheld)
                .body("items.action", hasItem("DISCLOSURE_LOG_READ"));
    }

    @Test
    void nothing_about_the_mother_goes_to_the_father_her_consent_excludes() {
        Map<String, Object> body = consentBody(household.mother(), "GIVEN");
        body.put("excludedPersonIds", List.of(household.father()));
        practitioner.post("/families/{id}/consents", body, household.family()).statusCode(201);
        Map<String, Object> toFather = proposal(harm());
        toFather.put("recipient", Map.of("personId", household.father()));

        lead.post("/families/{id}/sharing-proposals", toFather, household.family())
                .statusCode(200)
                .body("outcome", equalTo("DO_NOT_SHARE"))
                .body("path[-1].question", equalTo("CONSENT"));
    }

    @Test
    void a_decision_to_share_shows_the_recipient_the_shared_categories_of_the_sharers_records_and_nothing_more() {
        String organisation = freshOrganisation("share-council");
        Involvement.referred(practitioner, household, organisation, household.child());
        Api theirLead = Api.withToken(Tokens.of("s.receiver", organisation, "safeguarding-lead"));
        String episode = householdEpisode();
        String growth = note(episode, "Weight on the 9th centile.", "DEVELOPMENT_AND_HEALTH", household.child());
        String mood = note(episode, "Mother's low mood since the birth.", "MENTAL_HEALTH", household.mother());
        String abuse = note(episode, "Police called to the home last night.", "DOMESTIC_ABUSE", household.child());
        theirLead.get("/case-notes/{id}", growth).statusCode(404);

        Map<String, Object> share = new HashMap<>();
        share.put("purpose", "DIRECT_SUPPORT");
        share.put("purposeStatement", "Their family support worker plans feeding support.");
        share.put("subjectIds", List.of(household.child()));
        share.put("categories", List.of("DEVELOPMENT_AND_HEALTH"));
        share.put("recipient", Map.of("organisation", organisation));
        share.put("withoutConsent", harm());
        lead.post("/families/{id}/sharing-decisions", decision(share, "SHARE"), household.family())
                .statusCode(201)
                .body("outcome", equalTo("SHARE_WITHOUT_CONSENT"));

        theirLead.get("/case-notes/{id}", growth).statusCode(200);
        theirLead.get("/case-notes/{id}", mood).statusCode(404);
        theirLead.get("/case-notes/{id}", abuse).statusCode(404);
        theirLead.get("/episodes/{id}/case-notes", episode).statusCode(200).body("items.id", contains(growth));
        theirLead.get("/people/{id}/access-log", household.child()).statusCode(200);
        Api.withToken(Tokens.of("a.share", Tokens.NORTH, "auditor"))
                .get("/audit-events?recordId={id}", growth)
                .body("items.ground", hasItem("SHARING_DECISION"));
    }

    @Test
    void a_share_made_on_consent_stops_showing_the_recipient_anything_once_the_consent_is_withdrawn() {
        String organisation = freshOrganisation("lapse-council");
        Involvement.referred(practitioner, household, organisation, household.mother());
        Api theirs = Api.withToken(Tokens.of("s.receiver", organisation, "safeguarding-lead"));
        Map<String, Object> consent = consentBody(household.mother(), "GIVEN");
        consent.put("recipients", List.of(Map.of("kind", "ORGANISATION", "organisation", organisation)));
        String consentId = practitioner
                .post("/families/{id}/consents", consent, household.family())
                .statusCode(201)
                .extract()
                .path("id");
        String episode = householdEpisode();
        String mood = note(episode, "Mother's low mood since the birth.", "MENTAL_HEALTH", household.mother());

        Map<String, Object> share = new HashMap<>();
        share.put("purpose", "DIRECT_SUPPORT");
        share.put("purposeStatement", "Their perinatal team supports the mother's recovery.");
        share.put("subjectIds", List.of(household.mother()));
        share.put("categories", List.of("MENTAL_HEALTH"));
        share.put("recipient", Map.of("organisation", organisation));
        practitioner
                .post("/families/{id}/sharing-decisions", decision(share, "SHARE"), household.family())
                .statusCode(201)
                .body("outcome", equalTo("SHARE"))
                .body("reliedOn[0].consentId", equalTo(consentId));
        theirs.get("/case-notes/{id}", mood).statusCode(200);

        practitioner
                .post("/consents/{id}/withdrawal", Map.of("version", 1), consentId)
                .statusCode(200);

        theirs.get("/case-notes/{id}", mood).statusCode(404);
        theirs.get("/episodes/{id}/case-notes", episode).statusCode(200).body("items", hasSize(0));
        theirs.get("/families/{id}", household.family()).statusCode(200);
    }

    @Test
    void an_accepted_referral_made_on_consent_shows_none_of_the_referrers_records_once_that_consent_is_withdrawn() {
        String organisation = freshOrganisation("lapse-referral");
        Involvement.referred(practitioner, household, organisation, household.mother());
        Api theirs = Api.withToken(Tokens.of("s.referred", organisation, "safeguarding-lead"));
        String episode = householdEpisode();
        String visits = note(episode, "Prefers home visits after ten.", "BASIC_DETAILS", household.mother());
        theirs.get("/case-notes/{id}", visits).statusCode(200);
        String consentId = practitioner
                .get("/families/{id}/consents?size=100", household.family())
                .statusCode(200)
                .extract()
                .path("items.find { it.versions[0].recipients.any { r -> r.organisation == '" + organisation
                        + "' } }.id");

        practitioner
                .post("/consents/{id}/withdrawal", Map.of("version", 1), consentId)
                .statusCode(200);

        theirs.get("/case-notes/{id}", visits).statusCode(404);
        theirs.get("/families/{id}", household.family()).statusCode(200);
        theirs.get("/people/{id}", household.mother()).statusCode(200);
    }

    /** The household's episode, which the practitioner opened. */
    private String householdEpisode() {
        return practitioner
                .get("/families/{id}/episodes", household.family())
                .extract()
                .path("items[0].id");
    }

    /** An organisation code no other test uses. */
    private static String freshOrganisation(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private String note(String episode, String text, String category, String about) {
        return lead.post(
                        "/episodes/{id}/case-notes",
                        Map.of("text", text, "category", category, "kind", "FACT", "about", List.of(about)),
                        episode)
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void a_share_carries_case_notes_by_id_and_version_as_fact_or_opinion_and_only_in_the_categories_it_names() {
        String episode = householdEpisode();
        String growth = note(episode, "Weight on the 9th centile.", "DEVELOPMENT_AND_HEALTH", household.child());
        String mood = note(episode, "Mother's low mood since the birth.", "MENTAL_HEALTH", household.mother());
        Map<String, Object> share = new HashMap<>();
        share.put("purpose", "DIRECT_SUPPORT");
        share.put("purposeStatement", "Health visiting plans feeding support.");
        share.put("subjectIds", List.of(household.child()));
        share.put("categories", List.of("DEVELOPMENT_AND_HEALTH"));
        share.put("recipient", Map.of("organisation", HEALTH));
        share.put("withoutConsent", harm());
        Map<String, Object> opinion = new HashMap<>();
        opinion.put("kind", "OPINION");
        opinion.put("category", "DEVELOPMENT_AND_HEALTH");
        opinion.put("description", "In my view feeding is the cause, not neglect.");
        share.put("content", List.of(Map.of("caseNoteId", growth, "version", 1), opinion));

        lead.post("/families/{id}/sharing-decisions", decision(share, "SHARE"), household.family())
                .statusCode(201)
                .body("content[0].caseNoteId", equalTo(growth))
                .body("content[0].version", equalTo(1))
                .body("content[0].kind", equalTo("FACT"))
                .body("content[0].category", equalTo("DEVELOPMENT_AND_HEALTH"))
                .body("content[1].kind", equalTo("OPINION"))
                .body("content[1].caseNoteId", org.hamcrest.Matchers.nullValue());

        share.put("content", List.of(Map.of("caseNoteId", mood, "version", 1)));
        lead.post("/families/{id}/sharing-decisions", decision(share, "SHARE"), household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("content[0].caseNoteId"))
                .body("errors[0].rule", equalTo("not-about-subjects"));
        share.put("subjectIds", List.of(household.child(), household.mother()));
        lead.post("/families/{id}/sharing-decisions", decision(share, "SHARE"), household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("content[0].category"))
                .body("errors[0].rule", equalTo("not-named"));
        share.put("content", List.of(Map.of("caseNoteId", growth, "version", 7)));
        lead.post("/families/{id}/sharing-proposals", share, household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("content[0].version"))
                .body("errors[0].rule", equalTo("unknown-version"));
        share.put(
                "content",
                List.of(Map.of("caseNoteId", java.util.UUID.randomUUID().toString(), "version", 1)));
        lead.post("/families/{id}/sharing-proposals", share, household.family())
                .statusCode(422)
                .body("errors[0].rule", equalTo("not-in-family"));
        share.put("content", List.of(Map.of("kind", "FACT", "category", "DOMESTIC_ABUSE", "description", "Police")));
        lead.post("/families/{id}/sharing-proposals", share, household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("content[0].category"))
                .body("errors[0].rule", equalTo("not-named"));
    }

    @Test
    void subjects_outside_the_family_and_unknown_recipients_are_refused() {
        Map<String, Object> stranger = proposal(null);
        stranger.put("subjectIds", List.of(java.util.UUID.randomUUID()));
        practitioner
                .post("/families/{id}/sharing-proposals", stranger, household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("subjectIds"));
        Map<String, Object> nowhere = proposal(null);
        nowhere.put("recipient", Map.of("organisation", "not-in-the-directory"));
        practitioner
                .post("/families/{id}/sharing-proposals", nowhere, household.family())
                .statusCode(422)
                .body("errors[0].field", equalTo("recipient.organisation"));
        south.post("/families/{id}/sharing-proposals", proposal(null), household.family())
                .statusCode(404);
    }

    @Test
    void a_recipient_refused_as_unknown_is_accepted_once_added_to_the_directory_and_stays_known() {
        String code = "added-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> toIt = proposal(null);
        toIt.put("recipient", Map.of("organisation", code));
        for (int i = 0; i < 2; i++) {
            practitioner
                    .post("/families/{id}/sharing-proposals", toIt, household.family())
                    .statusCode(422)
                    .body("errors[0].field", equalTo("recipient.organisation"))
                    .body("errors[0].rule", equalTo("unknown-organisation"));
        }

        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "Added Later"), code)
                .statusCode(201);

        for (int i = 0; i < 2; i++) {
            practitioner
                    .post("/families/{id}/sharing-proposals", toIt, household.family())
                    .statusCode(200)
                    .body("outcome", equalTo("DO_NOT_SHARE"));
        }
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "Renamed Later"), code)
                .statusCode(200);
        practitioner
                .post("/families/{id}/sharing-decisions", decision(toIt, "DO_NOT_SHARE"), household.family())
                .statusCode(201);
    }

    private Map<String, Object> proposal(Map<String, Object> withoutConsent) {
        Map<String, Object> body = new HashMap<>();
        body.put("purpose", "DIRECT_SUPPORT");
        body.put("purposeStatement", "Health visiting supports the mother's recovery after the birth.");
        body.put("subjectIds", List.of(household.mother()));
        body.put("categories", List.of("BASIC_DETAILS", "MENTAL_HEALTH"));
        body.put("recipient", Map.of("organisation", HEALTH));
        if (withoutConsent != null) {
            body.put("withoutConsent", withoutConsent);
        }
        return body;
    }

    private static Map<String, Object> harm() {
        Map<String, Object> body = new HashMap<>();
        body.put("basis", "SIGNIFICANT_HARM_TO_A_CHILD");
        body.put("rationale", "Bruising seen on the infant at the home visit.");
        body.put("proportionality", "The visit's observations and the mother's basic details only.");
        return body;
    }

    private static Map<String, Object> decision(Map<String, Object> proposal, String choice) {
        Map<String, Object> body = new HashMap<>();
        body.put("proposal", proposal);
        body.put("decision", choice);
        return body;
    }

    private String consent(String subject, String decision) {
        return practitioner
                .post("/families/{id}/consents", consentBody(subject, decision), household.family())
                .statusCode(201)
                .extract()
                .path("id");
    }

    private Map<String, Object> consentBody(String subject, String decision) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("grantorId", subject);
        body.put("decision", decision);
        body.put("purposes", List.of("DIRECT_SUPPORT"));
        body.put("recipients", List.of(Map.of("kind", "ORGANISATION", "organisation", HEALTH)));
        body.put("categories", List.of("BASIC_DETAILS", "MENTAL_HEALTH"));
        body.put("notesKeptIn", "INFANT_RECORD");
        body.put("method", "EXPLICIT_WRITTEN");
        body.put("effectiveFrom", today.minusDays(1).toString());
        body.put("reviewBy", today.plusMonths(6).toString());
        return body;
    }
}
