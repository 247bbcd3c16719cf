package org.cradle.bootstrap.api;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;

/**
 * Real RS256 tokens, signed with the key of Quarkus' test OIDC server (which publishes its public half
 * at the JWKS endpoint quarkus-oidc fetches), or on purpose with the wrong key, issuer or expiry.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String NORTH = "north-council";
    public static final String SOUTH = "south-council";

    private Tokens() {}

    /** A token for a user of {@code north-council} holding {@code role}. */
    public static String as(String role) {
        return of(role + "-user", NORTH, role);
    }

    public static String of(String subject, String organisation, String... roles) {
        return signed(claims(subject, organisation, roles));
    }

    /** Another system's client-credentials token: the integrator role, a client id and OAuth scopes. */
    public static String client(String clientId, String organisation, String scopes) {
        return signed(claims("service-account-" + clientId, organisation, "integrator")
                .claim("azp", clientId)
                .claim("scope", scopes));
    }

    public static String withoutOrganisation(String role) {
        return signed(claims("someone", null, role));
    }

    public static String expired(String role) {
        return signed(claims(role + "-user", NORTH, role)
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)));
    }

    /** A token otherwise valid, issued at {@code issuedAt} (in the future, say) and valid ten minutes after it. */
    public static String issuedAt(String role, Instant issuedAt) {
        return signed(claims(role + "-user", NORTH, role).issuedAt(issuedAt).expiresAt(issuedAt.plusSeconds(600)));
    }

    /** A token otherwise valid that expires {@code seconds} from now. */
    public static String expiringIn(String role, long seconds) {
        return signed(
                claims(role + "-user", NORTH, role).expiresAt(Instant.now().plusSeconds(seconds)));
    }

    public static String fromAnotherIssuer(String role) {
        return signed(claims(role + "-user", NORTH, role).issuer("https://another-realm.example.com"));
    }

    public static String signedWithAnotherKey(String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair stranger = generator.generateKeyPair();
            return claims(role + "-user", NORTH, role).jws().keyId("1").sign(stranger.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String subject, String organisation, String... roles) {
        JwtClaimsBuilder builder = Jwt.claims()
                .issuer(ISSUER)
                .subject(subject)
                .preferredUserName(subject)
                .groups(Set.of(roles))
                .expiresIn(600);
        if (organisation != null) {
            builder.claim("organisation", organisation);
        }
        return builder;
    }

    private static String signed(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
