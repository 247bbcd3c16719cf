package org.cradle.bootstrap.api.contract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cradle.bootstrap.api.Api;
import org.cradle.bootstrap.api.Decisions;
import org.cradle.bootstrap.api.Household;
import org.cradle.bootstrap.api.Tokens;

/** The records the contract tests send requests about: one family with all its kinds of records. */
final class ContractFixture {

    private ContractFixture() {}

    /**
     * Real records, made by {@code everyone} (a caller holding every role in their organisation), for
     * every path parameter and identifier field the operations name.
     */
    static Map<String, String> records(Api everyone) {
        Household household = Household.workedWithBy(everyone, "Hostile household", "Probe");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String consentId = everyone.post(
                        "/families/{id}/consents", Household.ownConsent(household.mother()), household.family())
                .statusCode(201)
                .extract()
                .path("id");
        String noticeId = everyone.post(
                        "/families/{id}/confidentiality-notices",
                        Map.of(
                                "personId",
                                household.mother(),
                                "givenOn",
                                today.minusDays(1).toString(),
                                "method",
                                "WRITTEN",
                                "revisitOn",
                                today.plusMonths(6).toString()),
                        household.family())
                .statusCode(201)
                .extract()
                .path("id");
        String episodeId = everyone.get("/families/{id}/episodes", household.family())
                .statusCode(200)
                .extract()
                .path("items[0].id");
        String caseNoteId = everyone.post(
                        "/episodes/{id}/case-notes",
                        Map.of(
                                "text",
                                "Probe note.",
                                "category",
                                "BASIC_DETAILS",
                                "kind",
                                "FACT",
                                "about",
                                List.of(household.child())),
                        episodeId)
                .statusCode(201)
                .extract()
                .path("id");
        everyone.put("/organisations/{code}", Map.of("name", "South Council"), Tokens.SOUTH)
                .statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(200), org.hamcrest.Matchers.equalTo(201)));
        Map<String, Object> toSouth = Household.ownConsent(household.mother());
        toSouth.put("recipients", List.of(Map.of("kind", "ORGANISATION", "organisation", Tokens.SOUTH)));
        everyone.post("/families/{id}/consents", toSouth, household.family()).statusCode(201);
        String referralId = everyone.post(
                        "/families/{id}/referrals",
                        Map.of(
                                "to",
                                Tokens.SOUTH,
                                "purpose",
                                "DIRECT_SUPPORT",
                                "people",
                                List.of(household.mother()),
                                "categories",
                                List.of("BASIC_DETAILS")),
                        household.family())
                .statusCode(201)
                .extract()
                .path("id");
        String nhsNumber = everyone.get("/people/{id}", household.mother())
                .statusCode(200)
                .extract()
                .path("nhsNumber");
        String referralRequestId = Api.withToken(Tokens.of("hostile.south", Tokens.SOUTH, "practitioner"))
                .post("/referral-requests", Map.of("nhsNumber", nhsNumber, "purpose", "DIRECT_SUPPORT"))
                .statusCode(201)
                .extract()
                .path("requests[0].id");
        String breakGlassAccessId = Api.withToken(Tokens.of("p.hostile", Tokens.SOUTH, "practitioner"))
                .post(
                        "/families/{id}/break-glass",
                        Map.of("reason", "Probing the review endpoints with a real access."),
                        household.family())
                .statusCode(201)
                .extract()
                .path("id");
        String sharingDecisionId =
                Decisions.notToShare(everyone, household.family(), household.mother(), Tokens.SOUTH, "BASIC_DETAILS");
        everyone.post(
                        "/episodes/{id}/case-notes",
                        Map.of(
                                "text",
                                "Probe note naming the father.",
                                "category",
                                "BASIC_DETAILS",
                                "kind",
                                "FACT",
                                "about",
                                List.of(household.mother()),
                                "mentions",
                                List.of(household.father())),
                        episodeId)
                .statusCode(201);
        var export = everyone.post(
                        "/people/{id}/subject-access-exports",
                        Map.of("receivedOn", today.toString()),
                        household.mother())
                .statusCode(201)
                .extract();
        String holdId = everyone.post(
                        "/retention/holds",
                        Map.of(
                                "scope",
                                Map.of("familyId", household.family()),
                                "reason",
                                "Hostile-input hold.",
                                "authority",
                                "Probe"))
                .statusCode(201)
                .extract()
                .path("id");
        String videoId = org.cradle.bootstrap.api.VideoFixtures.completeVideo(
                everyone,
                household.family(),
                episodeId,
                List.of(household.mother()),
                household.mother(),
                household.child());
        Map<String, String> known = new HashMap<>();
        known.put("videoId", videoId);
        known.put("holdId", holdId);
        known.put("decisionId", java.util.UUID.randomUUID().toString());
        known.put("certificateId", java.util.UUID.randomUUID().toString());
        known.put("records", household.mother());
        known.put("exportId", export.path("id"));
        known.put("redactionId", export.path("redactions.items[0].id"));
        known.put("sharingDecisionId", sharingDecisionId);
        known.put("subjectIds", household.mother());
        known.put("familyId", household.family());
        known.put("referralId", referralId);
        known.put("referralRequestId", referralRequestId);
        known.put("personId", household.mother());
        known.put("subjectId", household.mother());
        known.put("grantorId", household.mother());
        known.put("excludedPersonIds", household.father());
        known.put("episodeId", episodeId);
        known.put("consentId", consentId);
        known.put("noticeId", noticeId);
        known.put("breakGlassAccessId", breakGlassAccessId);
        known.put("caseNoteId", caseNoteId);
        known.put("about", household.child());
        known.put("mentions", household.father());
        known.put("version", "1");
        known.put("code", "RX1");
        known.put("ruleId", "LA-EARLY-HELP");
        return known;
    }
}
