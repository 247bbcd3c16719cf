package org.cradle.domain.actor;

import java.util.Arrays;
import java.util.Optional;

/** The roles Cradle knows. Tokens name them by {@link #tokenName()}; any other role in a token is ignored. */
public enum Role {
    PRACTITIONER("practitioner"),
    TEAM_MANAGER("team-manager"),
    SAFEGUARDING_LEAD("safeguarding-lead"),
    CALDICOTT_GUARDIAN("caldicott-guardian"),
    RECORDS_OFFICER("records-officer"),
    AUDITOR("auditor"),
    INTEGRATOR("integrator"),
    ADMIN("admin");

    private final String tokenName;

    Role(String tokenName) {
        this.tokenName = tokenName;
    }

    public String tokenName() {
        return tokenName;
    }

    public static Optional<Role> fromTokenName(String name) {
        return Arrays.stream(values()).filter(r -> r.tokenName.equals(name)).findFirst();
    }
}
