package org.cradle.bootstrap.devissuer;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cradle.domain.actor.Role;

/**
 * The dev issuer's users: one per Cradle role in each of two organisations, so that a developer can
 * try every role and see what crossing organisations does. User {@code practitioner} acts for
 * {@code north-council}, {@code practitioner.south} for {@code south-council}; {@code no-organisation}
 * has a role but no organisation claim.
 */
final class DevUsers {

    record DevUser(String username, String organisation, List<String> roles) {

        Map<String, Object> claims(String issuer, Instant now, Duration lifetime) {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", issuer);
            claims.put("sub", username);
            claims.put("preferred_username", username);
            claims.put("aud", "cradle");
            claims.put("iat", now.getEpochSecond());
            claims.put("exp", now.plus(lifetime).getEpochSecond());
            claims.put("realm_access", Map.of("roles", roles));
            if (organisation != null) {
                claims.put("organisation", organisation);
            }
            return claims;
        }
    }

    private final Map<String, DevUser> byName = new TreeMap<>();

    DevUsers() {
        for (Role role : Role.values()) {
            add(new DevUser(role.tokenName(), "north-council", List.of(role.tokenName())));
            add(new DevUser(role.tokenName() + ".south", "south-council", List.of(role.tokenName())));
        }
        add(new DevUser("no-organisation", null, List.of(Role.PRACTITIONER.tokenName())));
    }

    private void add(DevUser user) {
        byName.put(user.username(), user);
    }

    Optional<DevUser> find(String username) {
        return Optional.ofNullable(username).map(byName::get);
    }

    String names() {
        return String.join(", ", byName.keySet());
    }
}
