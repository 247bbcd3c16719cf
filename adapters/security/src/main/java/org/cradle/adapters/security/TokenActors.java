package org.cradle.adapters.security;

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
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.access.Role;
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
        return actorFrom(token.getSubject(), claimText(token, organisationClaim), identity.getRoles());
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
            return new Actor(subject, new OrganisationId(organisationCode), roles);
        } catch (DomainException e) {
            throw new AccessDeniedException("The token's subject or organisation is not usable: " + e.getMessage());
        }
    }

    private static Optional<String> claimText(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
