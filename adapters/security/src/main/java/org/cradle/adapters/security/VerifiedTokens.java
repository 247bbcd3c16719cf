package org.cradle.adapters.security;

import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified, remembered until they expire, so that a token is verified once and
 * not on every request: a client sends the same token for its whole life (minutes), and verifying it
 * (an RSA signature, the token's JSON parsed twice, the identity built from its claims) was a fifth of
 * the service's CPU under load. ADR 0022 says why this is safe:
 *
 * <ul>
 *   <li>Only a token that Quarkus' OIDC verifier accepted is remembered, keyed by the whole token: any
 *       other string, however close (a changed claim, another signature), is not a hit and goes to the
 *       verifier. A refusal is never remembered.
 *   <li>A remembered token is used only before its own expiry ({@code exp}) and for at most {@code
 *       max-age} after it was verified, by the system clock the verifier uses (not Cradle's clock, which
 *       tests move): a key the issuer withdraws stops being trusted within that time.
 *   <li>The number of tokens remembered is bounded; when it is reached, expired ones are dropped and,
 *       if none is, new tokens are verified every time, as without this: slower, never wrong.
 * </ul>
 *
 * <p>It is an identity provider tried before Quarkus' own, and asks that one on a miss; what is
 * remembered is that provider's identity without the request it was verified in, and each request
 * gets the identity with its own request.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /**
     * Longer tokens are verified every time, never remembered, so that the bound on what is remembered
     * is one of memory too (4096 tokens of at most 16 KiB); an identity provider's access tokens are a
     * few kilobytes.
     */
    static final int LONGEST_REMEMBERED = 16 * 1024;

    private final IdentityProvider<TokenAuthenticationRequest> verifier;
    private final int capacity;
    private final long maxAgeMillis;
    private final LongSupplier millis;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong verifications = new AtomicLong();

    /** An identity as the verifier built it, less the request; usable until {@code until} (epoch ms). */
    private record Verified(SecurityIdentity identity, List<String> requestAttributes, long until) {}

    @Inject
    public VerifiedTokens(
            OidcIdentityProvider verifier,
            @ConfigProperty(name = "cradle.security.verified-tokens.capacity", defaultValue = "4096") int capacity,
            @ConfigProperty(name = "cradle.security.verified-tokens.max-age", defaultValue = "PT5M") Duration maxAge) {
        this(verifier, capacity, maxAge, System::currentTimeMillis);
    }

    VerifiedTokens(
            IdentityProvider<TokenAuthenticationRequest> verifier, int capacity, Duration maxAge, LongSupplier millis) {
        this.verifier = verifier;
        this.capacity = capacity;
        this.maxAgeMillis = maxAge.toMillis();
        this.millis = millis;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before Quarkus' OIDC provider, which keeps the default priority and is asked on a miss. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        long now = millis.getAsLong();
        Verified known = capacity > 0 && token != null ? verified.get(token) : null;
        if (known != null) {
            if (now < known.until()) {
                hits.incrementAndGet();
                return Uni.createFrom().item(forRequest(known, request));
            }
            verified.remove(token, known);
        }
        verifications.incrementAndGet();
        return verifier.authenticate(request, context).invoke(identity -> remember(token, identity, now));
    }

    /** How many requests were answered from what was remembered, and how many went to the verifier. */
    public long hits() {
        return hits.get();
    }

    public long verifications() {
        return verifications.get();
    }

    private void remember(String token, SecurityIdentity identity, long verifiedAt) {
        if (capacity <= 0
                || token == null
                || token.length() > LONGEST_REMEMBERED
                || identity == null
                || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return;
        }
        long until = Math.min(jwt.getExpirationTime() * 1000, verifiedAt + maxAgeMillis);
        if (until <= verifiedAt || !roomFor(verifiedAt)) {
            return;
        }
        verified.put(token, withoutRequest(identity, until));
    }

    /** Room for one more: at the bound, drop what has expired, at most once a second. */
    private boolean roomFor(long now) {
        if (verified.size() < capacity) {
            return true;
        }
        long last = lastSweep.get();
        if (now - last >= 1000 && lastSweep.compareAndSet(last, now)) {
            verified.values().removeIf(entry -> entry.until() <= now);
        }
        return verified.size() < capacity;
    }

    /**
     * The identity without the attributes that hold the request it was verified in: remembering them
     * would keep that request alive, and hand it to the next one.
     */
    private static Verified withoutRequest(SecurityIdentity identity, long until) {
        Map<String, Object> attributes = new HashMap<>();
        List<String> requestAttributes = new ArrayList<>();
        identity.getAttributes().forEach((name, value) -> {
            if (value instanceof RoutingContext) {
                requestAttributes.add(name);
            } else {
                attributes.put(name, value);
            }
        });
        // Its principal, roles, credentials and attributes; not its permission checkers, which hold the
        // identity, hence the request. Cradle grants nothing through Quarkus permissions (the access
        // policy decides, from the actor), and an architecture test keeps it so.
        SecurityIdentity kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes)
                .build();
        return new Verified(kept, List.copyOf(requestAttributes), until);
    }

    private static SecurityIdentity forRequest(Verified known, TokenAuthenticationRequest request) {
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (known.requestAttributes().isEmpty() || current == null) {
            return known.identity();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(known.identity());
        known.requestAttributes().forEach(name -> identity.addAttribute(name, current));
        return identity.build();
    }
}
