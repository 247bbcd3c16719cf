package org.cradle.bootstrap.database;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives the dev and test profiles a real PostgreSQL when no datasource URL is configured.
 *
 * <p>Quarkus Dev Services would need Docker, which these machines do not have, so the server is
 * started from the zonky binaries published on Maven Central. The prod profile never gets one: there
 * the operator must name a datasource (see docs/operations.md), and a packaged build, which always
 * runs in normal launch mode, never starts one whatever profile it is given. zonky is not even in a
 * packaged build (a {@code provided} dependency, ADR 0010): nothing may reach {@link EmbeddedPostgres},
 * the only class that uses it, before the launch-mode check.
 */
public final class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String ENABLED = "cradle.embedded-postgres.enabled";
    static final String DATA_DIRECTORY = "cradle.embedded-postgres.data-directory";
    static final String PORT = "cradle.embedded-postgres.port";

    /** Below environment variables (300) and system properties (400): an explicit setting always wins. */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        LaunchMode mode = LaunchMode.current();
        if (!mayStart(mode, context.getProfiles())
                || isSet(context.getValue(URL))
                || "false".equals(valueOf(context.getValue(ENABLED)))) {
            return List.of();
        }
        boolean test = mode == LaunchMode.TEST;
        EmbeddedPostgres.Settings settings = test
                ? EmbeddedPostgres.Settings.freshPerRun()
                : EmbeddedPostgres.Settings.keptIn(
                        Path.of(valueOr(context.getValue(DATA_DIRECTORY), ".data/postgres")),
                        Integer.parseInt(valueOr(context.getValue(PORT), "0")));
        EmbeddedPostgres.Connection connection = EmbeddedPostgres.startOrReuse(settings);
        return List.of(new PropertiesConfigSource(
                Map.of(
                        URL,
                        connection.jdbcUrl(),
                        "quarkus.datasource.username",
                        connection.username(),
                        "quarkus.datasource.password",
                        connection.password()),
                "cradle-embedded-postgres",
                ORDINAL));
    }

    static boolean mayStart(LaunchMode mode, List<String> profiles) {
        return !profiles.contains("prod")
                && ((mode == LaunchMode.DEVELOPMENT && profiles.contains("dev"))
                        || (mode == LaunchMode.TEST && profiles.contains("test")));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOf(ConfigValue value) {
        return value == null ? null : value.getValue();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue() : fallback;
    }
}
