package org.cradle.bootstrap.devissuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokenIssuerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path keys;

    private DevTokenIssuer issuer;
    private String url;

    @BeforeEach
    void start() {
        issuer = new DevTokenIssuer(DevTokenIssuer.keysIn(keys.resolve("key.der")), new DevUsers());
        url = issuer.start(0);
    }

    @AfterEach
    void stop() {
        issuer.stop();
    }

    @Test
    void never_starts_outside_dev_mode_whatever_the_profile() {
        assertThat(DevIssuerConfigSourceFactory.mayStart(LaunchMode.DEVELOPMENT, List.of("dev")))
                .isTrue();
        assertThat(DevIssuerConfigSourceFactory.mayStart(LaunchMode.NORMAL, List.of("dev")))
                .isFalse();
        assertThat(DevIssuerConfigSourceFactory.mayStart(LaunchMode.NORMAL, List.of("prod")))
                .isFalse();
        assertThat(DevIssuerConfigSourceFactory.mayStart(LaunchMode.DEVELOPMENT, List.of("prod")))
                .isFalse();
        assertThat(DevIssuerConfigSourceFactory.mayStart(LaunchMode.DEVELOPMENT, List.of("dev", "prod")))
                .isFalse();
        assertThat(DevIssuerConfigSourceFactory.mayStart(LaunchMode.TEST, List.of("test")))
                .isFalse();
    }

    @Test
    void issues_a_token_whose_signature_verifies_with_its_published_key() throws Exception {
        JsonNode answer = post("grant_type=password&username=safeguarding-lead.south&password=cradle");
        String[] parts = answer.get("access_token").asText().split("\\.");

        JsonNode jwk = get("/protocol/openid-connect/certs").get("keys").get(0);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey(jwk));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("iss").asText()).isEqualTo(url);
        assertThat(claims.get("organisation").asText()).isEqualTo("south-council");
        assertThat(claims.get("realm_access").get("roles").get(0).asText()).isEqualTo("safeguarding-lead");
        assertThat(get("/.well-known/openid-configuration").get("issuer").asText())
                .isEqualTo(url);
    }

    @Test
    void refuses_unknown_users_and_wrong_passwords() throws Exception {
        assertThat(status("grant_type=password&username=nobody&password=cradle"))
                .isEqualTo(401);
        assertThat(status("grant_type=password&username=practitioner&password=guess"))
                .isEqualTo(401);
        assertThat(status("grant_type=client_credentials")).isEqualTo(400);
    }

    @Test
    void keeps_its_key_so_tokens_survive_a_restart() throws Exception {
        byte[] kept = Files.readAllBytes(keys.resolve("key.der"));
        assertThat(DevTokenIssuer.keysIn(keys.resolve("key.der")).getPrivate().getEncoded())
                .isEqualTo(kept);
    }

    private JsonNode post(String form) throws Exception {
        return JSON.readTree(send(form).body());
    }

    private int status(String form) throws Exception {
        return send(form).statusCode();
    }

    private HttpResponse<String> send(String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(
                http.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString())
                        .body());
    }

    private static PublicKey publicKey(JsonNode jwk) throws Exception {
        Base64.Decoder b64 = Base64.getUrlDecoder();
        return KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(
                        new BigInteger(1, b64.decode(jwk.get("n").asText())),
                        new BigInteger(1, b64.decode(jwk.get("e").asText()))));
    }
}
