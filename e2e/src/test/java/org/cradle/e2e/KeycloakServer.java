package org.cradle.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak (the keycloak-quarkus-dist distribution from Maven Central), with Cradle's realm
 * from deploy/keycloak and a second realm, "elsewhere", whose tokens Cradle must refuse.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "cradle";
    static final String OTHER_REALM = "elsewhere";
    /** The test users' password in the realm export; documented there as for trials only. */
    static final String PASSWORD = "cradle-test-password";

    static final String INTEGRATOR_CLIENT = "cradle-integrator";
    static final String INTEGRATOR_SECRET = "change-me-integrator-secret";

    private final ManagedProcess process;
    private final int port;
    final Duration startup;

    private KeycloakServer(ManagedProcess process, int port, Duration startup) {
        this.process = process;
        this.port = port;
        this.startup = startup;
    }

    static KeycloakServer start(Path home, Path realm, Path work) throws IOException, InterruptedException {
        Path imports = home.resolve("data/import");
        deleteRecursively(home.resolve("data"));
        Files.createDirectories(imports);
        Files.copy(realm, imports.resolve("cradle-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        try (var other = KeycloakServer.class.getResourceAsStream("/keycloak/elsewhere-realm.json")) {
            Files.copy(other, imports.resolve("elsewhere-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        int port = Ports.free();
        ManagedProcess process = ManagedProcess.start(
                "Keycloak",
                List.of(
                        "bash",
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--import-realm",
                        "--http-port=" + port,
                        "--http-management-port=" + Ports.free()),
                Map.of("JAVA_HOME", System.getProperty("java.home")),
                home,
                work.resolve("keycloak.log"));
        Duration startup = process.awaitOk(
                "http://localhost:" + port + "/realms/" + REALM + "/.well-known/openid-configuration",
                Duration.ofMinutes(4));
        return new KeycloakServer(process, port, startup);
    }

    String issuer(String realm) {
        return "http://localhost:" + port + "/realms/" + realm;
    }

    /** An access token for a test user, by the password grant of the realm's test client. */
    String passwordToken(String realm, String clientId, String username) {
        return given().formParams(Map.of(
                        "grant_type", "password",
                        "client_id", clientId,
                        "username", username,
                        "password", PASSWORD))
                .post(issuer(realm) + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    String userToken(String username) {
        return passwordToken(REALM, "cradle-tests", username);
    }

    /** The integrator system's token, by the client-credentials grant of its confidential client. */
    String integratorToken() {
        return given().formParams(Map.of(
                        "grant_type", "client_credentials",
                        "client_id", INTEGRATOR_CLIENT,
                        "client_secret", INTEGRATOR_SECRET))
                .post(issuer(REALM) + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    @Override
    public void close() {
        process.close();
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
