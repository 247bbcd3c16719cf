package org.cradle.adapters.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cradle.domain.DomainException;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.IntegrationClient;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.organisation.OrganisationId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the verified bearer token of the current request into the domain {@link Actor}. Security
 * stops here: use cases see who acts, for which organisation, with which Cradle roles, and nothing of
 * tokens or claims.
 */
@ApplicationScoped
public class TokenActors {

    private final String organisationClaim;
    private final Duration clockSkew;
    private final Clock clock;

    public TokenActors(
            @ConfigProperty(name = "cradle.security.organisation-claim", defaultValue = "organisation")
                    String organisationClaim,
            @ConfigProperty(name = "cradle.security.clock-skew", defaultValue = "PT60S") Duration clockSkew,
            Clock clock) {
        this.organisationClaim = organisationClaim;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    /** Resolve it inside a request, after authentication: an anonymous caller has no actor. */
    @Produces
    @Dependent
    Actor currentActor(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new AccessDeniedException("A verified bearer token is required.");
        }
        refuseIssuedInTheFuture(token.getIssuedAtTime());
        Actor actor = actorFrom(token.getSubject(), claimText(token, organisationClaim), identity.getRoles());
        if (actor.roles().equals(Set.of(Role.INTEGRATOR))) {
            return integrationClient(
                    claimText(token, "azp")
                            .or(() -> claimText(token, "client_id"))
                            .orElse(actor.subject()),
                    actor.organisation(),
                    claimText(token, "scope").orElse(""));
        }
        return actor;
    }

    /**
     * A token whose only Cradle role is integrator is another system's client-credentials token: the actor is an
     * integration client named by its client id, limited to the Cradle scopes the token carries
     * ({@code cradle:read-family-records}, ...). A token that carries no Cradle scope at all gets what
     * the integrator role grants, so that identity providers without scope mapping still work; scopes
     * narrow what the role grants, never widen it.
     */
    Actor integrationClient(String clientId, OrganisationId organisation, String scopeClaim) {
        Set<Capability> scopes = EnumSet.noneOf(Capability.class);
        boolean anyCradleScope = false;
        for (String scope : scopeClaim.trim().split("\\s+")) {
            anyCradleScope |= scope.startsWith("cradle:");
            Capability.fromScopeName(scope).ifPresent(scopes::add);
        }
        if (!anyCradleScope) {
            for (Capability capability : Capability.values()) {
                if (capability.grantedTo().contains(Role.INTEGRATOR)) {
                    scopes.add(capability);
                }
            }
        }
        try {
            return new IntegrationClient(clientId, organisation, scopes);
        } catch (DomainException e) {
            throw new AccessDeniedException("The token's client id is not usable: " + e.getMessage());
        }
    }

    /**
     * A token issued later than now, beyond the allowance for clocks drifting apart, was minted by a
     * clock or an issuer that cannot be trusted; the OIDC library checks expiry but not this.
     */
    void refuseIssuedInTheFuture(long issuedAtEpochSeconds) {
        if (issuedAtEpochSeconds > 0
                && Instant.ofEpochSecond(issuedAtEpochSeconds)
                        .isAfter(clock.instant().plus(clockSkew))) {
            throw new AuthenticationFailedException("token issued in the future");
        }
    }

    Actor actorFrom(String subject, Optional<String> organisation, Set<String> tokenRoles) {
        String organisationCode =
                organisation.orElseThrow(() -> new AccessDeniedException("The token names no organisation (claim '"
                        + organisationClaim + "'): Cradle needs to know" + " which organisation you act for."));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        tokenRoles.forEach(name -> Role.fromTokenName(name).ifPresent(roles::add));
        try {
            return new Practitioner(subject, new OrganisationId(organisationCode), roles);
        } catch (DomainException e) {
            throw new AccessDeniedException("The token's subject or organisation is not usable: " + e.getMessage());
        }
    }

    private static Optional<String> claimText(JsonWebToken token, String claim) {
        // The OIDC principal's own claims, read by name: JsonWebToken.getClaim first looks the name up
        // among the standard claims and throws (and catches) an exception for any other name, which under
        // load cost about 1 % of the service's CPU for the organisation claim alone.
        Object value = token instanceof OidcJwtCallerPrincipal oidc
                ? oidc.getClaims().getClaimValue(claim)
                : token.getClaim(claim);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
