package org.cradle.bootstrap.devissuer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small OpenID provider for the default run on a developer's machine, so that a new user can get a
 * signed token for every Cradle role without installing Keycloak. It issues RS256 access tokens by
 * the password grant, publishes its keys at a JWKS endpoint and is verified by quarkus-oidc exactly
 * as a real provider is. Its paths mirror Keycloak's, so moving to a real realm changes one URL.
 *
 * <p>It only ever starts in Quarkus dev mode: see {@link DevIssuerConfigSourceFactory}.
 */
final class DevTokenIssuer {

    static final String REALM = "cradle-dev";
    static final String PASSWORD = "cradle";
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final String keyId;
    private final DevUsers users;
    private String issuer;
    private HttpServer server;

    DevTokenIssuer(KeyPair keys, DevUsers users) {
        this.keys = keys;
        this.users = users;
        this.keyId = keyIdOf(keys);
    }

    /** Starts serving on 127.0.0.1 only; port 0 picks a free one. Returns the issuer URL. */
    String start(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("The dev token issuer could not listen on port " + port, e);
        }
        issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/" + REALM;
        String base = "/realms/" + REALM;
        server.createContext(
                base + "/.well-known/openid-configuration", exchange -> answer(exchange, 200, discovery()));
        server.createContext(base + "/protocol/openid-connect/certs", exchange -> answer(exchange, 200, jwks()));
        server.createContext(base + "/protocol/openid-connect/token", this::token);
        server.start();
        return issuer;
    }

    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Signs a token for a known user, as the token endpoint does. */
    Optional<String> tokenFor(String username, String password, Instant now) {
        return users.find(username)
                .filter(user -> PASSWORD.equals(password))
                .map(user -> sign(user.claims(issuer, now, TOKEN_LIFETIME)));
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, Map.of("error", "invalid_request", "error_description", "use POST"));
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"password".equals(form.get("grant_type"))) {
            answer(
                    exchange,
                    400,
                    Map.of(
                            "error", "unsupported_grant_type",
                            "error_description", "The dev issuer supports grant_type=password only."));
            return;
        }
        Optional<String> token = tokenFor(form.get("username"), form.get("password"), Instant.now());
        if (token.isEmpty()) {
            answer(
                    exchange,
                    401,
                    Map.of(
                            "error",
                            "invalid_grant",
                            "error_description",
                            "Unknown user or wrong password. Users: " + users.names() + "; password: " + PASSWORD));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.get());
        body.put("token_type", "Bearer");
        body.put("expires_in", TOKEN_LIFETIME.toSeconds());
        answer(exchange, 200, body);
    }

    private Map<String, Object> discovery() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer);
        doc.put("jwks_uri", issuer + "/protocol/openid-connect/certs");
        doc.put("token_endpoint", issuer + "/protocol/openid-connect/token");
        doc.put("grant_types_supported", List.of("password"));
        doc.put("response_types_supported", List.of("token"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return doc;
    }

    private Map<String, Object> jwks() {
        RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("kty", "RSA");
        key.put("kid", keyId);
        key.put("use", "sig");
        key.put("alg", "RS256");
        key.put("n", B64.encodeToString(unsigned(publicKey.getModulus().toByteArray())));
        key.put("e", B64.encodeToString(unsigned(publicKey.getPublicExponent().toByteArray())));
        return Map.of("keys", List.of(key));
    }

    private String sign(Map<String, Object> claims) {
        try {
            Map<String, Object> header = Map.of("alg", "RS256", "typ", "JWT", "kid", keyId);
            String signingInput = B64.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a dev token", e);
        }
    }

    /** Loads the signing key kept in {@code file}, or makes and keeps one, so tokens outlive a restart. */
    static KeyPair keysIn(Path file) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (Files.exists(file)) {
                RSAPrivateCrtKey privateKey =
                        (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
                return new KeyPair(
                        rsa.generatePublic(
                                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent())),
                        privateKey);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(file.getParent());
            Files.write(file, pair.getPrivate().getEncoded());
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the dev issuer's key in " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not make the dev issuer's key", e);
        }
    }

    private static String keyIdOf(KeyPair keys) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(keys.getPublic().getEncoded());
            return B64.encodeToString(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement.length > 1 && twosComplement[0] == 0
                ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length)
                : twosComplement;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
