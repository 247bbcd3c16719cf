package org.cradle.bootstrap.devissuer;

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
import org.jboss.logging.Logger;

/**
 * Starts the {@link DevTokenIssuer} for {@code quarkus:dev} and points quarkus-oidc at it.
 *
 * <p>It cannot run in production: it starts only when Quarkus runs in dev mode (a packaged or
 * container build always runs in normal mode, whatever profile it is given), the active profile is
 * {@code dev} and not {@code prod}, and no OIDC server is configured.
 */
public final class DevIssuerConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(DevIssuerConfigSourceFactory.class);
    private static final String AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";
    private static final String RUNNING_ISSUER = "cradle.dev-issuer.running-url";
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!mayStart(LaunchMode.current(), context.getProfiles())
                || isSet(context.getValue(AUTH_SERVER_URL))
                || "false".equals(value(context.getValue("cradle.dev-issuer.enabled")))) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(
                Map.of(AUTH_SERVER_URL, startOrReuse(context)), "cradle-dev-issuer", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    static boolean mayStart(LaunchMode mode, List<String> profiles) {
        return mode == LaunchMode.DEVELOPMENT && profiles.contains("dev") && !profiles.contains("prod");
    }

    /** Dev mode reloads in a fresh class loader; the issuer started before keeps serving. */
    private static synchronized String startOrReuse(ConfigSourceContext context) {
        String running = System.getProperty(RUNNING_ISSUER);
        if (running != null) {
            return running;
        }
        Path keyFile =
                Path.of(valueOr(context.getValue("cradle.dev-issuer.key-file"), ".data/dev-issuer/signing-key.der"));
        int port = Integer.parseInt(valueOr(context.getValue("cradle.dev-issuer.port"), "8180"));
        DevTokenIssuer issuer = new DevTokenIssuer(DevTokenIssuer.keysIn(keyFile.toAbsolutePath()), new DevUsers());
        String url = issuer.start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(issuer::stop, "dev-issuer-stop"));
        System.setProperty(RUNNING_ISSUER, url);
        LOG.infof(
                "Dev token issuer at %s (dev mode only). Get a token: curl -s -d grant_type=password"
                        + " -d username=practitioner -d password=%s %s/protocol/openid-connect/token",
                url, DevTokenIssuer.PASSWORD, url);
        return url;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String value(ConfigValue value) {
        return value == null ? null : value.getValue();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue() : fallback;
    }
}
