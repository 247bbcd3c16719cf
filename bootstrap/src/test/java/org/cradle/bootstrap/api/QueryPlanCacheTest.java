package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * Serving the same requests again plans no new queries: every statement on the hot paths is planned
 * once and then found in Hibernate's query plan cache (or is a prepared statement that needs no plan).
 * A query that is planned per execution fills the cache with entries that never hit and evicts the
 * ones that would, which once cost a quarter of the CPU of the coverage question.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class QueryPlanCacheTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    private final Api practitioner = Api.as("practitioner");

    @Test
    void the_hot_paths_plan_their_queries_once() {
        Household household = Household.workedWithBy(practitioner, "Planned household", "Plan");
        Runnable hotPaths = () -> {
            practitioner.get("/families/{id}", household.family()).statusCode(200);
            practitioner.get("/families?name=planned").statusCode(200);
            practitioner.get("/people/{id}", household.mother()).statusCode(200);
            practitioner.get("/people/{id}/consents", household.mother()).statusCode(200);
            practitioner.get("/people/{id}/consent-history", household.mother()).statusCode(200);
            practitioner.post("/consent-coverage", question(household.mother())).statusCode(200);
            practitioner
                    .post("/families/{id}/consents", Household.ownConsent(household.mother()), household.family())
                    .statusCode(201);
        };
        hotPaths.run();
        hotPaths.run();
        int planned = cachedQueryPlans();

        for (int i = 0; i < 20; i++) {
            hotPaths.run();
        }

        assertThat(cachedQueryPlans()).isEqualTo(planned);
    }

    private int cachedQueryPlans() {
        return entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getQueryEngine()
                .getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }

    private static Map<String, Object> question(String subject) {
        return Map.of(
                "subjectId",
                subject,
                "purpose",
                "DIRECT_SUPPORT",
                "recipient",
                Map.of("organisation", Tokens.NORTH),
                "categories",
                List.of("BASIC_DETAILS"));
    }
}
