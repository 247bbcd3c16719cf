package org.cradle.domain.family;

import java.time.Instant;
import java.util.Objects;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.person.PersonId;

/**
 * A person's place in one family. Living arrangements and parental responsibility belong here, not to
 * the person: a non-resident father lives apart from the child in one household and with children in
 * another, and keeps his own consents and contact in both.
 *
 * @param parentalResponsibility whether the person holds parental responsibility for the family's
 *     children: only such a person may later consent on an infant's behalf.
 */
public record Membership(
        PersonId person, FamilyRole role, boolean livesWithChild, boolean parentalResponsibility, Instant joinedAt) {

    public Membership {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(joinedAt, "joinedAt");
        if (role == null) {
            throw new InvalidValueException("role", "required", "role is required.");
        }
        if (role == FamilyRole.CHILD && parentalResponsibility) {
            throw new InvalidValueException(
                    "parentalResponsibility",
                    "child-cannot-hold-parental-responsibility",
                    "A child of the family cannot hold parental responsibility in it.");
        }
    }
}
