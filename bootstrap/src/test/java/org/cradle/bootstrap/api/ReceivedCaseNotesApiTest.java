package org.cradle.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a referral or a share names reaches its receiver, case notes included, and reaches the
 * receiving organisation's practitioners, not only a safeguarding lead or a team it may not have named
 * yet: north writes notes on its episode; another organisation reads them as far as the referral it
 * accepted, or the decision north recorded to share with it, covers their people and category.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ReceivedCaseNotesApiTest {

    private final Api north = Api.withToken(Tokens.of("n.writer", Tokens.NORTH, "practitioner"));
    private final Api northLead = Api.withToken(Tokens.of("n.lead", Tokens.NORTH, "safeguarding-lead"));

    private Household household;
    private String episode;

    @BeforeEach
    void aHouseholdNorthWorksWith() {
        household = Household.workedWithBy(north, "Received notes household", "Received");
        episode = north.get("/families/{id}/episodes", household.family())
                .extract()
                .path("items[0].id");
    }

    @Test
    void a_referred_organisations_practitioner_reads_the_notes_in_the_referred_categories_until_consent_is_withdrawn() {
        String receiver = organisation("referred");
        consentFor(household.mother(), household.mother(), receiver);
        String infantConsent = consentFor(household.child(), household.mother(), receiver);
        String referral = north.post(
                        "/families/{id}/referrals",
                        Map.of(
                                "to",
                                receiver,
                                "purpose",
                                "DIRECT_SUPPORT",
                                "people",
                                List.of(household.mother(), household.child()),
                                "categories",
                                List.of("BASIC_DETAILS", "DEVELOPMENT_AND_HEALTH")),
                        household.family())
                .statusCode(201)
                .extract()
                .path("id");
        Api theirs = Api.withToken(Tokens.of("r.practitioner", receiver, "practitioner"));
        Api theirManager = Api.withToken(Tokens.of("r.manager", receiver, "team-manager"));
        theirs.post("/referrals/{id}/acceptance", Map.of(), referral).statusCode(200);
        theirs.get("/families/{id}", household.family()).statusCode(200);
        String growth = note(episode, "Weight on the 9th centile.", "DEVELOPMENT_AND_HEALTH", household.child());
        String mood = note(episode, "Mother's low mood since the birth.", "MENTAL_HEALTH", household.mother());

        theirs.get("/episodes/{id}/case-notes", episode)
                .statusCode(200)
                .body("items.id", contains(growth))
                .body("totalItems", equalTo(1));
        theirs.get("/case-notes/{id}", growth).statusCode(200).body("text", equalTo("Weight on the 9th centile."));
        theirs.get("/case-notes/{id}", mood).statusCode(404);
        theirManager.get("/case-notes/{id}", growth).statusCode(200);
        north.get("/episodes/{id}/case-notes", episode).statusCode(200).body("items.id", hasItem(growth));
        Api.withToken(Tokens.of("a.received", Tokens.NORTH, "auditor"))
                .get("/audit-events?recordId={id}&size=100", growth)
                .body("items.ground", hasItem("REFERRAL"));

        // ADR 19: the referral rested on the mother's and the infant's consents; the infant's withdrawn, it
        // shows none of north's records, and the infant's consent no longer shows the note either
        north.post("/consents/{id}/withdrawal", Map.of("version", 1), infantConsent)
                .statusCode(200);

        theirs.get("/case-notes/{id}", growth).statusCode(404);
        // north's episode is one of north's records too
        theirs.get("/episodes/{id}/case-notes", episode).statusCode(404);
        theirs.get("/families/{id}", household.family()).statusCode(200);
    }

    @Test
    void a_share_naming_a_note_shows_it_to_the_recipients_practitioner_on_consent_and_on_a_lawful_basis() {
        String onConsent = organisation("shared-consent");
        consentFor(household.child(), household.mother(), onConsent);
        String growth = note(episode, "Weight on the 9th centile.", "DEVELOPMENT_AND_HEALTH", household.child());
        String abuse = note(episode, "Police called to the home last night.", "DOMESTIC_ABUSE", household.child());
        Api consented = Api.withToken(Tokens.of("c.practitioner", onConsent, "practitioner"));
        consented.get("/case-notes/{id}", growth).statusCode(404);

        north.post("/families/{id}/sharing-decisions", share(onConsent, growth, null), household.family())
                .statusCode(201)
                .body("outcome", equalTo("SHARE"));

        consented.get("/case-notes/{id}", growth).statusCode(200).body("category", equalTo("DEVELOPMENT_AND_HEALTH"));
        consented.get("/case-notes/{id}", abuse).statusCode(404);
        consented.get("/families/{id}", household.family()).statusCode(404);

        String onHarm = organisation("shared-harm");
        Api harmed = Api.withToken(Tokens.of("h.practitioner", onHarm, "practitioner"));
        harmed.get("/case-notes/{id}", growth).statusCode(404);
        Map<String, Object> harm = new HashMap<>();
        harm.put("basis", "SIGNIFICANT_HARM_TO_A_CHILD");
        harm.put("rationale", "Bruising seen on the infant at the home visit.");
        harm.put("proportionality", "The infant's growth note only.");
        northLead
                .post("/families/{id}/sharing-decisions", share(onHarm, growth, harm), household.family())
                .statusCode(201)
                .body("outcome", equalTo("SHARE_WITHOUT_CONSENT"));

        harmed.get("/case-notes/{id}", growth).statusCode(200);
        harmed.get("/case-notes/{id}", abuse).statusCode(404);
        Api.withToken(Tokens.of("a.received", Tokens.NORTH, "auditor"))
                .get("/audit-events?recordId={id}&size=100", growth)
                .body("items.ground", hasItem("SHARING_DECISION"));
    }

    /** A decision to share the note's first version about the infant with {@code to}. */
    private Map<String, Object> share(String to, String note, Map<String, Object> withoutConsent) {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("purpose", "DIRECT_SUPPORT");
        proposal.put("purposeStatement", "Their family support worker plans feeding support.");
        proposal.put("subjectIds", List.of(household.child()));
        proposal.put("categories", List.of("DEVELOPMENT_AND_HEALTH"));
        proposal.put("recipient", Map.of("organisation", to));
        proposal.put("content", List.of(Map.of("caseNoteId", note, "version", 1)));
        if (withoutConsent != null) {
            proposal.put("withoutConsent", withoutConsent);
        }
        return Map.of("proposal", proposal, "decision", "SHARE");
    }

    /** {@code grantor}'s consent for {@code subject}: basic details and development and health to {@code to}. */
    private String consentFor(String subject, String grantor, String to) {
        Map<String, Object> consent = Household.ownConsent(subject);
        consent.put("grantorId", grantor);
        consent.put("categories", List.of("BASIC_DETAILS", "DEVELOPMENT_AND_HEALTH"));
        consent.put("recipients", List.of(Map.of("kind", "ORGANISATION", "organisation", to)));
        return north.post("/families/{id}/consents", consent, household.family())
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String note(String episode, String text, String category, String about) {
        return north.post(
                        "/episodes/{id}/case-notes",
                        Map.of("text", text, "category", category, "kind", "FACT", "about", List.of(about)),
                        episode)
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An organisation of the directory that no other test uses. */
    private static String organisation(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "Organisation " + code), code)
                .statusCode(201);
        return code;
    }
}
