package org.cradle.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Cradle deployed as an organisation would run it, once for the whole suite: a Keycloak with Cradle's
 * realm, a PostgreSQL server, and two Cradle instances in the prod profile sharing that database (one
 * from the packaged jar, one from the container image when this machine can run it), as behind a load
 * balancer.
 */
final class Deployment implements ExtensionContext.Store.CloseableResource {

    final Path work = Path.of(System.getProperty("e2e.work", "target/e2e"));
    final Path jar = Path.of(System.getProperty("cradle.jar"));
    final Path image = Path.of(System.getProperty("cradle.image"));
    final PostgresServer postgres;
    final KeycloakServer keycloak;
    final CradleInstance first;
    final CradleInstance second;

    private Deployment() throws Exception {
        Files.createDirectories(work);
        CompletableFuture<KeycloakServer> keycloakStarting =
                CompletableFuture.supplyAsync(() -> unchecked(() -> KeycloakServer.start(
                        Path.of(System.getProperty("keycloak.home")),
                        Path.of(System.getProperty("cradle.realm")),
                        work)));
        postgres = PostgresServer.start(work.resolve("postgres"));
        keycloak = keycloakStarting.join();

        // Both at once: two instances migrating one database concurrently must not trip over each other.
        Map<String, String> settings = CradleInstance.productionSettings(postgres, keycloak);
        CompletableFuture<CradleInstance> secondStarting =
                CompletableFuture.supplyAsync(() -> unchecked(() -> CradleInstance.canRunImage() && Files.exists(image)
                        ? CradleInstance.fromImage("cradle-b-image", image, settings, work.resolve("b"))
                        : CradleInstance.fromJar("cradle-b-jar", jar, settings, work.resolve("b"))));
        first = CradleInstance.fromJar("cradle-a-jar", jar, settings, work.resolve("a"));
        second = secondStarting.join();
        report();
    }

    static Deployment of(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Deployment.class, key -> unchecked(Deployment::new), Deployment.class);
    }

    private void report() throws Exception {
        String report = String.format(
                Locale.ROOT,
                "Keycloak %s: ready (realm discoverable) %.1f s after launch%n"
                        + "%s: ready %.1f s after launch (Quarkus: started in %.3f s)%n"
                        + "%s: ready %.1f s after launch (Quarkus: started in %.3f s)%n",
                System.getProperty("keycloak.version", ""),
                keycloak.startup.toMillis() / 1000.0,
                first.name,
                first.readyAfter.toMillis() / 1000.0,
                first.reportedStartSeconds(),
                second.name,
                second.readyAfter.toMillis() / 1000.0,
                second.reportedStartSeconds());
        Files.writeString(work.resolve("timings.txt"), "suite started " + Instant.now() + "\n" + report);
        System.out.print(report);
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {first, second, keycloak, postgres}) {
            if (part != null) {
                part.close();
            }
        }
    }

    interface Step<T> {
        T run() throws Exception;
    }

    static <T> T unchecked(Step<T> step) {
        try {
            return step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a test class take the deployment as a parameter. */
    static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Deployment.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context);
        }
    }
}
