package org.cradle.adapters.rest.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.application.family.FamilyDetails;
import org.cradle.application.family.FamilyListing;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.Membership;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response bodies of the family endpoints. */
public final class FamilyResponses {

    private FamilyResponses() {}

    @Schema(name = "Family", description = "A family with its members.")
    public record FamilyView(
            @Schema(example = "0b6f7a7e-6d1c-4c1e-9a53-2f8e6f1f2c11") UUID id,
            @Schema(example = "Okafor–Bell household", maxLength = FamilyName.MAX_LENGTH) String name,
            @Schema(example = "LINKED") RecordKeepingMode recordKeepingMode,
            @Schema(maxItems = Family.MAX_MEMBERS) List<MemberView> members,
            Instant createdAt,
            @Schema(
                            description = "Send this back when you change the family.",
                            example = "2",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long version) {

        static FamilyView of(FamilyDetails details) {
            return of(details.family(), details.people());
        }

        static FamilyView of(Family family, List<Person> people) {
            Map<PersonId, Person> byId = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
            return new FamilyView(
                    family.id().value(),
                    family.name().value(),
                    family.recordKeepingMode(),
                    family.members().stream()
                            .filter(m -> byId.containsKey(m.person()))
                            .map(m -> MemberView.of(m, byId.get(m.person())))
                            .toList(),
                    family.createdAt(),
                    family.version());
        }
    }

    @Schema(name = "Member", description = "A person's place in the family, with their details.")
    public record MemberView(
            @Schema(example = "5a1d2c3b-9f8e-4d7c-8b6a-1e2f3a4b5c6d") UUID personId,
            @Schema(example = "CHILD") FamilyRole role,
            @Schema(example = "true") boolean livesWithChild,
            @Schema(example = "false") boolean parentalResponsibility,
            Instant joinedAt,
            @Schema(example = "Amara", maxLength = PersonName.MAX_LENGTH) String givenName,
            @Schema(example = "Okafor", maxLength = PersonName.MAX_LENGTH) String familyName,
            @Schema(example = "2026-03-01") LocalDate dateOfBirth,
            @Schema(nullable = true) LocalDate dateOfDeath,
            @Schema(nullable = true, example = "9434765919", maxLength = NhsNumber.LENGTH, pattern = NhsNumber.DIGITS)
                    String nhsNumber) {

        static MemberView of(Membership membership, Person person) {
            return new MemberView(
                    membership.person().value(),
                    membership.role(),
                    membership.livesWithChild(),
                    membership.parentalResponsibility(),
                    membership.joinedAt(),
                    person.name().givenName(),
                    person.name().familyName(),
                    person.lifeDates().dateOfBirth(),
                    person.lifeDates().dateOfDeath(),
                    person.nhsNumber().map(NhsNumber::value).orElse(null));
        }
    }

    @Schema(name = "FamilySummary", description = "A family as it appears in a list.")
    public record FamilySummary(
            @Schema(example = "0b6f7a7e-6d1c-4c1e-9a53-2f8e6f1f2c11") UUID id,
            @Schema(example = "Okafor–Bell household", maxLength = FamilyName.MAX_LENGTH) String name,
            @Schema(example = "LINKED") RecordKeepingMode recordKeepingMode,
            @Schema(example = "3", minimum = ContractBounds.NONE, maximum = "" + Family.MAX_MEMBERS) int memberCount,
            @Schema(example = "2", minimum = ContractBounds.NONE, maximum = ContractBounds.MOST_LONG) long version) {

        static FamilySummary of(Family family) {
            return new FamilySummary(
                    family.id().value(),
                    family.name().value(),
                    family.recordKeepingMode(),
                    family.members().size(),
                    family.version());
        }

        static FamilySummary of(FamilyListing family) {
            return new FamilySummary(
                    family.id().value(),
                    family.name().value(),
                    family.recordKeepingMode(),
                    family.memberCount(),
                    family.version());
        }
    }

    @Schema(name = "Membership", description = "A person's place in the family, and the family's new version.")
    public record MembershipView(
            @Schema(example = "5a1d2c3b-9f8e-4d7c-8b6a-1e2f3a4b5c6d") UUID personId,
            @Schema(example = "FATHER") FamilyRole role,
            @Schema(example = "false") boolean livesWithChild,
            @Schema(example = "true") boolean parentalResponsibility,
            Instant joinedAt,
            @Schema(
                            description = "The family's version after the change.",
                            example = "3",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long familyVersion) {

        static MembershipView of(Membership membership, Family family) {
            return new MembershipView(
                    membership.person().value(),
                    membership.role(),
                    membership.livesWithChild(),
                    membership.parentalResponsibility(),
                    membership.joinedAt(),
                    family.version());
        }
    }
}
