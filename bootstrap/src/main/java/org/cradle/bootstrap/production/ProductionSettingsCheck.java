package org.cradle.bootstrap.production;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Stops a production start that is missing what Cradle cannot run without, or that carries a setting
 * only fit for a developer's machine, and says which setting and why, all at once.
 *
 * <p>It runs while the configuration is read, before anything connects: a production database must
 * never see a Flyway clean or a Hibernate schema drop, and personal data must never reach the logs
 * through SQL logging. It is a no-op in dev mode and tests, and at build time, where nothing runs.
 */
public final class ProductionSettingsCheck implements ConfigSourceFactory {

    /** The dev token issuer's realm (DevTokenIssuer): a prod instance trusting it trusts a known key. */
    static final String DEV_ISSUER_REALM = "/realms/cradle-dev";

    private static final String BUILD_CLASS_LOADER = "io.quarkus.bootstrap.classloading.QuarkusClassLoader";

    private static final List<Required> REQUIRED = List.of(
            new Required(
                    "quarkus.datasource.jdbc.url", "the PostgreSQL database, e.g. jdbc:postgresql://db:5432/cradle"),
            new Required(
                    "quarkus.oidc.auth-server-url",
                    "the OIDC issuer that signs callers' tokens, e.g. a Keycloak realm URL"));

    private static final List<Refused> REFUSED = List.of(
            new Refused(
                    "quarkus.flyway.clean-at-start",
                    "true"::equalsIgnoreCase,
                    "it erases every table of the database at start"),
            new Refused(
                    "quarkus.flyway.clean-disabled",
                    "false"::equalsIgnoreCase,
                    "it allows Flyway to erase the database"),
            new Refused(
                    "quarkus.hibernate-orm.schema-management.strategy",
                    value -> !Set.of("validate", "none").contains(value.toLowerCase(Locale.ROOT)),
                    "Flyway alone changes the schema; Hibernate may only validate it"),
            new Refused(
                    "quarkus.hibernate-orm.database.generation",
                    value -> !Set.of("validate", "none").contains(value.toLowerCase(Locale.ROOT)),
                    "Flyway alone changes the schema; Hibernate may only validate it"),
            new Refused(
                    "quarkus.hibernate-orm.log.sql",
                    "true"::equalsIgnoreCase,
                    "SQL logging writes personal data into the logs"),
            new Refused(
                    "quarkus.hibernate-orm.log.bind-parameters",
                    "true"::equalsIgnoreCase,
                    "it writes personal data into the logs"),
            new Refused(
                    "quarkus.oidc.tls.verification",
                    "none"::equalsIgnoreCase,
                    "tokens' keys would be fetched over unverified TLS"),
            new Refused(
                    "quarkus.oidc.token.issuer", "any"::equalsIgnoreCase, "tokens from any issuer would be accepted"),
            new Refused(
                    "quarkus.oidc.auth-server-url",
                    value -> value.contains(DEV_ISSUER_REALM),
                    "it is the development token issuer, whose users and passwords are public"),
            new Refused(
                    "cradle.embedded-postgres.enabled",
                    "true"::equalsIgnoreCase,
                    "the embedded database is for development and tests only"));

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !context.getProfiles().contains("prod") || isBuilding()) {
            return List.of();
        }
        List<String> problems = problems(name -> Optional.ofNullable(context.getValue(name))
                .map(ConfigValue::getValue)
                .filter(value -> !value.isBlank()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Cradle will not start in the prod profile (see docs/operations.md):\n  - "
                    + String.join("\n  - ", problems));
        }
        return List.of();
    }

    /**
     * The Quarkus build reads the configuration too, in normal launch mode and the prod profile, with
     * the application's classes in its own class loader; a packaged application never runs in that
     * loader, so this tells the build, where runtime settings are rightly absent, from a real start.
     */
    private boolean isBuilding() {
        return getClass().getClassLoader().getClass().getName().equals(BUILD_CLASS_LOADER);
    }

    /** What is wrong with the settings {@code setting} reads, one sentence per setting; none when all is well. */
    static List<String> problems(Function<String, Optional<String>> setting) {
        List<String> problems = new ArrayList<>();
        for (Required required : REQUIRED) {
            if (setting.apply(required.name()).isEmpty()) {
                problems.add(required.name() + " (" + environmentVariable(required.name()) + ") is not set: it names "
                        + required.purpose() + ".");
            }
        }
        for (Refused refused : REFUSED) {
            setting.apply(refused.name())
                    .filter(refused.when()::test)
                    .ifPresent(value -> problems.add(refused.name() + " (" + environmentVariable(refused.name())
                            + ") = " + value + " is refused in production: " + refused.because() + "."));
        }
        return problems;
    }

    static String environmentVariable(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private record Required(String name, String purpose) {}

    private record Refused(String name, java.util.function.Predicate<String> when, String because) {}
}
