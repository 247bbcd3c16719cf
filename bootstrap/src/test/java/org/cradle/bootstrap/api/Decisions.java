package org.cradle.bootstrap.api;

import java.util.List;
import java.util.Map;

/** Test set-up through the API: a recorded sharing decision, for tests whose subject is something else. */
public final class Decisions {

    private Decisions() {}

    /** Records, as {@code decider}, a decision not to share the subject's {@code category} with {@code to}. */
    public static String notToShare(Api decider, String family, String subject, String to, String category) {
        return decider.post(
                        "/families/{id}/sharing-decisions",
                        Map.of(
                                "proposal",
                                Map.of(
                                        "purpose",
                                        "DIRECT_SUPPORT",
                                        "purposeStatement",
                                        "Whether " + to + " should hear of this.",
                                        "subjectIds",
                                        List.of(subject),
                                        "categories",
                                        List.of(category),
                                        "recipient",
                                        Map.of("organisation", to)),
                                "decision",
                                "DO_NOT_SHARE"),
                        family)
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
