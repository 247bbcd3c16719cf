package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Behind a gateway that limits, Cradle's own limits are switched off ({@code cradle.rate-limit.enabled=false},
 * ADR 24): nothing is counted, refused or told, whatever the limits say.
 */
@QuarkusTest
@TestProfile(RateLimitSwitchedOffApiTest.SwitchedOff.class)
@WithTestResource(OidcWiremockTestResource.class)
class RateLimitSwitchedOffApiTest {

    /** Off, with limits that the first request would otherwise reach. */
    public static class SwitchedOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "cradle.rate-limit.enabled", "false",
                    "cradle.rate-limit.reads.limit", "1",
                    "cradle.rate-limit.writes.limit", "1");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void switched_off_nothing_is_counted_refused_or_told() throws Exception {
        String subject = "unlimited-" + UUID.randomUUID();
        Api caller = Api.withToken(Tokens.of(subject, Tokens.NORTH, "practitioner"));

        for (int i = 0; i < 5; i++) {
            caller.get("/me").statusCode(200).header("RateLimit", nullValue()).header("RateLimit-Policy", nullValue());
            caller.post("/families", Map.of("name", "Unlimited household", "recordKeepingMode", "LINKED"))
                    .statusCode(201)
                    .header("RateLimit", nullValue());
        }

        assertThat(Rows.count(dataSource, "rate_limit_count where client like '%" + subject + "'"))
                .isZero();
    }
}
