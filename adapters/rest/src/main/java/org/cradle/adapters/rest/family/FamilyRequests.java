package org.cradle.adapters.rest.family;

import java.time.LocalDate;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.PersonName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the family endpoints. */
public final class FamilyRequests {

    private FamilyRequests() {}

    @Schema(name = "CreateFamilyRequest", description = "A new family.")
    public record CreateFamilyRequest(
            @Schema(required = true, maxLength = FamilyName.MAX_LENGTH, example = "Okafor–Bell household") String name,
            @Schema(
                            required = true,
                            description = "Whose name the records are held under: the infant's, the parent's, or"
                                    + " both, linked.",
                            example = "LINKED")
                    RecordKeepingMode recordKeepingMode) {}

    @Schema(name = "ReviseFamilyRequest", description = "New details for a family, from the version you read.")
    public record ReviseFamilyRequest(
            @Schema(required = true, maxLength = FamilyName.MAX_LENGTH, example = "Okafor household") String name,
            @Schema(required = true, example = "INFANT") RecordKeepingMode recordKeepingMode,
            @Schema(
                            required = true,
                            description = "The version you read; a stale one gets 409.",
                            example = "0",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    Long version) {}

    @Schema(name = "NewPersonRequest", description = "A person not yet held by Cradle.")
    public record NewPersonRequest(
            @Schema(required = true, maxLength = PersonName.MAX_LENGTH, example = "Amara") String givenName,
            @Schema(required = true, maxLength = PersonName.MAX_LENGTH, example = "Okafor") String familyName,
            @Schema(required = true, example = "2026-03-01") LocalDate dateOfBirth,
            @Schema(description = "Only if the person has died; not before dateOfBirth.", nullable = true)
                    LocalDate dateOfDeath,
            @Schema(
                            description = "10 digits with a valid modulus-11 check digit, grouped 3-3-4 by a space or"
                                    + " a hyphen if at all.",
                            nullable = true,
                            example = "9434765919",
                            maxLength = NhsNumber.MAX_WRITTEN_LENGTH,
                            pattern = NhsNumber.WRITTEN)
                    String nhsNumber) {}

    @Schema(
            name = "AddMemberRequest",
            description = "Adds a person to the family: either an existing person by personId (a father with children"
                    + " in two households is one person), or a new person.")
    public record AddMemberRequest(
            @Schema(description = "An existing person. Give this or person, not both.", nullable = true) UUID personId,
            @Schema(description = "A new person. Give this or personId, not both.", nullable = true)
                    NewPersonRequest person,
            @Schema(required = true, example = "CHILD") FamilyRole role,
            @Schema(required = true, description = "Whether they live with the family's child(ren).", example = "true")
                    Boolean livesWithChild,
            @Schema(
                            required = true,
                            description = "Whether they hold parental responsibility for the family's child(ren).",
                            example = "false")
                    Boolean parentalResponsibility) {}

    @Schema(name = "ChangeMembershipRequest", description = "A member's new role or circumstances.")
    public record ChangeMembershipRequest(
            @Schema(required = true, example = "FATHER") FamilyRole role,
            @Schema(required = true, example = "false") Boolean livesWithChild,
            @Schema(required = true, example = "true") Boolean parentalResponsibility,
            @Schema(
                            required = true,
                            description = "The family's version you read.",
                            example = "1",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    Long version) {}
}
