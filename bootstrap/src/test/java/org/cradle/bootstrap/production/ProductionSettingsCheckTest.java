package org.cradle.bootstrap.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSettingsCheckTest {

    private final Map<String, String> settings = new HashMap<>(Map.of(
            "quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/cradle",
            "quarkus.oidc.auth-server-url", "https://id.north.example/realms/cradle",
            "quarkus.flyway.clean-disabled", "true",
            "quarkus.hibernate-orm.schema-management.strategy", "validate"));

    private List<String> problems() {
        return ProductionSettingsCheck.problems(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void a_complete_production_configuration_passes() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void a_missing_database_or_token_issuer_is_named_with_its_environment_variable() {
        settings.remove("quarkus.datasource.jdbc.url");
        settings.remove("quarkus.oidc.auth-server-url");

        assertThat(problems())
                .containsExactly(
                        "quarkus.datasource.jdbc.url (QUARKUS_DATASOURCE_JDBC_URL) is not set: it names the PostgreSQL"
                                + " database, e.g. jdbc:postgresql://db:5432/cradle.",
                        "quarkus.oidc.auth-server-url (QUARKUS_OIDC_AUTH_SERVER_URL) is not set: it names the OIDC"
                                + " issuer that signs callers' tokens, e.g. a Keycloak realm URL.");
    }

    @Test
    void settings_that_could_erase_the_database_are_refused() {
        settings.put("quarkus.flyway.clean-at-start", "true");
        settings.put("quarkus.hibernate-orm.schema-management.strategy", "drop-and-create");

        assertThat(problems())
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("quarkus.flyway.clean-at-start (QUARKUS_FLYWAY_CLEAN_AT_START) = true is refused"))
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("quarkus.hibernate-orm.schema-management.strategy"
                                + " (QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY) = drop-and-create is refused"));
    }

    @Test
    void settings_that_would_put_personal_data_in_the_logs_are_refused() {
        settings.put("quarkus.hibernate-orm.log.sql", "true");
        settings.put("quarkus.hibernate-orm.log.bind-parameters", "TRUE");

        assertThat(problems()).hasSize(2).allSatisfy(problem -> assertThat(problem)
                .contains("personal data into the logs"));
    }

    @Test
    void trusting_the_development_token_issuer_or_any_issuer_is_refused() {
        settings.put("quarkus.oidc.auth-server-url", "http://localhost:8180/realms/cradle-dev");
        settings.put("quarkus.oidc.token.issuer", "any");
        settings.put("quarkus.oidc.tls.verification", "none");

        assertThat(problems())
                .hasSize(3)
                .anySatisfy(problem -> assertThat(problem).contains("development token issuer"))
                .anySatisfy(problem -> assertThat(problem).contains("tokens from any issuer"))
                .anySatisfy(problem -> assertThat(problem).contains("unverified TLS"));
    }

    @Test
    void the_embedded_database_cannot_be_switched_on() {
        settings.put("cradle.embedded-postgres.enabled", "true");

        assertThat(problems()).singleElement().asString().contains("development and tests only");
    }
}
