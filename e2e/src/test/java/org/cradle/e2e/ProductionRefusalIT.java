package org.cradle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged jar in the prod profile refuses to start without its settings or with dev-only ones. */
@Order(4)
@ExtendWith(Deployment.Extension.class)
class ProductionRefusalIT {

    private static Deployment deployment;

    @BeforeAll
    static void deploy(Deployment deployed) {
        deployment = deployed;
    }

    @Test
    void without_a_database_and_a_token_issuer_it_names_both_settings_and_stops() throws Exception {
        String output =
                CradleInstance.refusedStart(deployment.jar, Map.of(), deployment.work.resolve("refused/nothing.log"));

        assertThat(output)
                .contains("Cradle will not start in the prod profile")
                .contains("quarkus.datasource.jdbc.url (QUARKUS_DATASOURCE_JDBC_URL) is not set")
                .contains("quarkus.oidc.auth-server-url (QUARKUS_OIDC_AUTH_SERVER_URL) is not set");
    }

    @Test
    void a_setting_that_would_erase_the_database_is_refused_before_anything_touches_it() throws Exception {
        long families = deployment.postgres.count("family");
        Map<String, String> settings =
                new HashMap<>(CradleInstance.productionSettings(deployment.postgres, deployment.keycloak));
        settings.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        settings.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");

        String output =
                CradleInstance.refusedStart(deployment.jar, settings, deployment.work.resolve("refused/clean.log"));

        assertThat(output)
                .contains(
                        "quarkus.flyway.clean-at-start (QUARKUS_FLYWAY_CLEAN_AT_START) = true is refused in production")
                .contains("quarkus.flyway.clean-disabled (QUARKUS_FLYWAY_CLEAN_DISABLED) = false is refused");
        assertThat(families).isPositive();
        assertThat(deployment.postgres.count("family")).isEqualTo(families);
    }

    @Test
    void the_development_token_issuer_is_refused() throws Exception {
        Map<String, String> settings =
                new HashMap<>(CradleInstance.productionSettings(deployment.postgres, deployment.keycloak));
        settings.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/cradle-dev");
        settings.put("QUARKUS_HIBERNATE_ORM_LOG_BIND_PARAMETERS", "true");

        String output = CradleInstance.refusedStart(
                deployment.jar, settings, deployment.work.resolve("refused/dev-issuer.log"));

        assertThat(output)
                .contains("the development token issuer")
                .contains(
                        "quarkus.hibernate-orm.log.bind-parameters (QUARKUS_HIBERNATE_ORM_LOG_BIND_PARAMETERS) = true");
    }
}
