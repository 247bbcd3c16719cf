package org.cradle.bootstrap.api;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

/**
 * Test set-up through the API: the custodian refers people of a household to another organisation,
 * each person's consent covering basic details going to it (an adult's own, the infant's given by the
 * mother), and the other organisation accepts. For tests whose subject is something else (two
 * organisations' notices, what a referred organisation sees); referrals themselves are specified in
 * {@code ReferralApiTest}.
 */
final class Involvement {

    private Involvement() {}

    static void referred(Api custodian, Household household, String to, String... people) {
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "Organisation " + to), to)
                .statusCode(anyOf(equalTo(200), equalTo(201)));
        for (String person : people) {
            Map<String, Object> consent = Household.ownConsent(person);
            if (person.equals(household.child())) {
                consent.put("grantorId", household.mother());
            }
            consent.put("recipients", List.of(Map.of("kind", "ORGANISATION", "organisation", to)));
            custodian
                    .post("/families/{id}/consents", consent, household.family())
                    .statusCode(201);
        }
        String referral = custodian
                .post(
                        "/families/{id}/referrals",
                        Map.of(
                                "to",
                                to,
                                "purpose",
                                "DIRECT_SUPPORT",
                                "people",
                                List.of(people),
                                "categories",
                                List.of("BASIC_DETAILS")),
                        household.family())
                .statusCode(201)
                .extract()
                .path("id");
        Api.withToken(Tokens.of("referral.acceptor", to, "practitioner"))
                .post("/referrals/{id}/acceptance", Map.of(), referral)
                .statusCode(200);
    }
}
