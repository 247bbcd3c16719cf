package org.cradle.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/**
 * The rules of remembering a verified token, with a verifier that accepts the tokens it was given
 * (the real one, with real signed tokens, is exercised through HTTP in the bootstrap's tests) and a
 * clock the test moves.
 */
class VerifiedTokensTest {

    private static final long START = 1_800_000_000_000L;

    private final AtomicLong now = new AtomicLong(START);
    private final Verifier verifier = new Verifier();

    @Test
    void a_token_is_verified_once_and_then_known_until_it_expires() {
        VerifiedTokens tokens = tokens(100, Duration.ofHours(1));
        verifier.accepts("token-a", "dr-okafor", START + 60_000);

        assertThat(subjectOf(tokens, "token-a")).isEqualTo("dr-okafor");
        now.addAndGet(59_000);
        assertThat(subjectOf(tokens, "token-a")).isEqualTo("dr-okafor");

        assertThat(verifier.asked).containsExactly("token-a");
        assertThat(tokens.hits()).isEqualTo(1);
    }

    @Test
    void at_its_expiry_a_known_token_goes_to_the_verifier_again_which_refuses_it() {
        VerifiedTokens tokens = tokens(100, Duration.ofHours(1));
        verifier.accepts("token-a", "dr-okafor", START + 60_000);
        subjectOf(tokens, "token-a");

        now.addAndGet(60_000);
        verifier.refuses("token-a");

        assertThatThrownBy(() -> subjectOf(tokens, "token-a")).isInstanceOf(AuthenticationFailedException.class);
        assertThat(verifier.asked).containsExactly("token-a", "token-a");
    }

    @Test
    void a_token_is_trusted_without_verifying_for_no_longer_than_the_maximum_age() {
        VerifiedTokens tokens = tokens(100, Duration.ofMinutes(5));
        verifier.accepts("token-a", "dr-okafor", START + 3_600_000);
        subjectOf(tokens, "token-a");

        now.addAndGet(Duration.ofMinutes(5).toMillis() - 1);
        subjectOf(tokens, "token-a");
        now.addAndGet(1);
        subjectOf(tokens, "token-a");

        assertThat(verifier.asked).containsExactly("token-a", "token-a");
    }

    @Test
    void only_the_very_same_token_is_known_and_a_refusal_is_never_remembered() {
        VerifiedTokens tokens = tokens(100, Duration.ofHours(1));
        verifier.accepts("header.payload.signature", "dr-okafor", START + 60_000);
        subjectOf(tokens, "header.payload.signature");

        for (String forged :
                List.of("header.payload.signaturE", "header.payload.signature ", "header.payloaD.signature")) {
            assertThatThrownBy(() -> subjectOf(tokens, forged)).isInstanceOf(AuthenticationFailedException.class);
            assertThatThrownBy(() -> subjectOf(tokens, forged)).isInstanceOf(AuthenticationFailedException.class);
        }

        assertThat(verifier.asked)
                .containsExactly(
                        "header.payload.signature",
                        "header.payload.signaturE",
                        "header.payload.signaturE",
                        "header.payload.signature ",
                        "header.payload.signature ",
                        "header.payloaD.signature",
                        "header.payloaD.signature");
    }

    @Test
    void at_capacity_new_tokens_are_verified_every_time_until_known_ones_expire() {
        VerifiedTokens tokens = tokens(2, Duration.ofHours(1));
        verifier.accepts("token-a", "a", START + 10_000);
        verifier.accepts("token-b", "b", START + 10_000);
        verifier.accepts("token-c", "c", START + 60_000);
        subjectOf(tokens, "token-a");
        subjectOf(tokens, "token-b");

        subjectOf(tokens, "token-c");
        subjectOf(tokens, "token-c");
        assertThat(verifier.asked).containsExactly("token-a", "token-b", "token-c", "token-c");

        now.addAndGet(10_000);
        subjectOf(tokens, "token-c");
        subjectOf(tokens, "token-c");
        assertThat(verifier.asked).containsExactly("token-a", "token-b", "token-c", "token-c", "token-c");
    }

    @Test
    void a_token_longer_than_16_kib_is_verified_every_time() {
        VerifiedTokens tokens = tokens(100, Duration.ofHours(1));
        String longest = "t".repeat(VerifiedTokens.LONGEST_REMEMBERED);
        String longer = longest + "t";
        verifier.accepts(longest, "dr-okafor", START + 60_000);
        verifier.accepts(longer, "dr-okafor", START + 60_000);

        subjectOf(tokens, longest);
        subjectOf(tokens, longest);
        subjectOf(tokens, longer);
        subjectOf(tokens, longer);

        assertThat(verifier.asked).containsExactly(longest, longer, longer);
    }

    @Test
    void with_no_capacity_every_request_is_verified() {
        VerifiedTokens tokens = tokens(0, Duration.ofHours(1));
        verifier.accepts("token-a", "dr-okafor", START + 60_000);

        subjectOf(tokens, "token-a");
        subjectOf(tokens, "token-a");

        assertThat(verifier.asked).containsExactly("token-a", "token-a");
    }

    @Test
    void a_known_identity_keeps_the_verified_roles_credentials_and_attributes() {
        VerifiedTokens tokens = tokens(100, Duration.ofHours(1));
        verifier.accepts("token-a", "dr-okafor", START + 60_000);

        SecurityIdentity verified = authenticate(tokens, "token-a");
        SecurityIdentity known = authenticate(tokens, "token-a");

        assertThat(known).isNotSameAs(verified);
        assertThat(known.getPrincipal()).isSameAs(verified.getPrincipal());
        assertThat(known.getRoles()).isEqualTo(verified.getRoles()).containsExactly("practitioner");
        assertThat(known.getCredentials()).isEqualTo(verified.getCredentials());
        assertThat(known.<String>getAttribute("tenant-id")).isEqualTo("Default");
    }

    private VerifiedTokens tokens(int capacity, Duration maxAge) {
        return new VerifiedTokens(verifier, capacity, maxAge, now::get);
    }

    private static String subjectOf(VerifiedTokens tokens, String token) {
        return authenticate(tokens, token).getPrincipal().getName();
    }

    private static SecurityIdentity authenticate(VerifiedTokens tokens, String token) {
        return tokens.authenticate(new TokenAuthenticationRequest(new AccessTokenCredential(token)), null)
                .await()
                .indefinitely();
    }

    /** Accepts the tokens it is told to, as identities shaped like Quarkus' OIDC's, and notes each it is asked. */
    private static final class Verifier implements IdentityProvider<TokenAuthenticationRequest> {

        final List<String> asked = new ArrayList<>();
        private final Map<String, SecurityIdentity> accepted = new HashMap<>();

        void accepts(String token, String subject, long expiresAtMillis) {
            JwtClaims claims = new JwtClaims();
            claims.setSubject(subject);
            claims.setClaim("preferred_username", subject);
            claims.setExpirationTime(NumericDate.fromMilliseconds(expiresAtMillis));
            AccessTokenCredential credential = new AccessTokenCredential(token);
            accepted.put(
                    token,
                    QuarkusSecurityIdentity.builder()
                            .setPrincipal(new OidcJwtCallerPrincipal(claims, credential))
                            .addRole("practitioner")
                            .addCredential(credential)
                            .addAttribute("tenant-id", "Default")
                            .build());
        }

        void refuses(String token) {
            accepted.remove(token);
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            String token = request.getToken().getToken();
            asked.add(token);
            SecurityIdentity identity = accepted.get(token);
            return identity == null
                    ? Uni.createFrom().failure(new AuthenticationFailedException("not verified"))
                    : Uni.createFrom().item(identity);
        }
    }
}
