package org.cradle.domain.consent;

import java.util.Objects;
import org.cradle.domain.family.FamilyId;

/** A consent's version in force on a day, with who was working with its family that day. */
public record ConsentInForce(ConsentId consent, FamilyId family, ConsentVersion version, TeamAroundTheFamily team) {

    public ConsentInForce {
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(team, "team");
    }
}
