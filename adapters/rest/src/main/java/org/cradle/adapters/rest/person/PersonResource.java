package org.cradle.adapters.rest.person;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.person.CorrectPersonDetails;
import org.cradle.application.person.GetPerson;
import org.cradle.application.person.PersonDetails;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/people/{personId}")
@Tag(name = "People")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such person.")
public class PersonResource {

    @Schema(name = "Person", description = "A person and the families they belong to.")
    public record PersonView(
            @Schema(example = "5a1d2c3b-9f8e-4d7c-8b6a-1e2f3a4b5c6d") UUID id,
            @Schema(example = "Daniel", maxLength = PersonName.MAX_LENGTH) String givenName,
            @Schema(example = "Bell", maxLength = PersonName.MAX_LENGTH) String familyName,
            @Schema(example = "1994-07-12") LocalDate dateOfBirth,
            @Schema(nullable = true) LocalDate dateOfDeath,
            @Schema(nullable = true, example = "4010232137", maxLength = NhsNumber.LENGTH, pattern = NhsNumber.DIGITS)
                    String nhsNumber,
            @Schema(description = "Every family the person belongs to.", uniqueItems = true) List<UUID> familyIds,
            Instant registeredAt,
            @Schema(
                            description = "Send this back when you correct the person's details.",
                            example = "0",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long version) {

        static PersonView of(PersonDetails details) {
            Person person = details.person();
            return new PersonView(
                    person.id().value(),
                    person.name().givenName(),
                    person.name().familyName(),
                    person.lifeDates().dateOfBirth(),
                    person.lifeDates().dateOfDeath(),
                    person.nhsNumber().map(NhsNumber::value).orElse(null),
                    details.families().stream().map(FamilyId::value).toList(),
                    person.registeredAt(),
                    person.version());
        }
    }

    @Schema(
            name = "CorrectPersonRequest",
            description = "A person's details as they should be, from the version you read.")
    public record CorrectPerson(
            @Schema(required = true, maxLength = PersonName.MAX_LENGTH, example = "Daniel") String givenName,
            @Schema(required = true, maxLength = PersonName.MAX_LENGTH, example = "Bell") String familyName,
            @Schema(required = true, example = "1994-07-12") LocalDate dateOfBirth,
            @Schema(nullable = true, description = "Records a death; not before dateOfBirth, not in the future.")
                    LocalDate dateOfDeath,
            @Schema(
                            nullable = true,
                            description = "Leave out or null if the person has none. Ten digits, grouped 3-3-4 by a"
                                    + " space or a hyphen if at all.",
                            example = "4010232137",
                            maxLength = NhsNumber.MAX_WRITTEN_LENGTH,
                            pattern = NhsNumber.WRITTEN)
                    String nhsNumber,
            @Schema(
                            required = true,
                            description = "The version you read; a stale one gets 409.",
                            example = "0",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    Long version) {}

    private final Provider<Actor> actor;
    private final GetPerson getPerson;
    private final CorrectPersonDetails correctPersonDetails;

    public PersonResource(Provider<Actor> actor, GetPerson getPerson, CorrectPersonDetails correctPersonDetails) {
        this.actor = actor;
        this.getPerson = getPerson;
        this.correctPersonDetails = correctPersonDetails;
    }

    @GET
    @Operation(
            operationId = "getPerson",
            summary = "Read a person",
            description = "The person's details and the families they belong to. Recorded in the audit trail as read"
                    + " by you.")
    @APIResponse(
            responseCode = "200",
            description = "The person.",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @Requires(Capability.READ_FAMILY_RECORDS)
    public PersonView get(@PathParam("personId") String personId) {
        return PersonView.of(getPerson.get(actor.get(), PersonId.parse(personId)));
    }

    @PUT
    @Operation(
            operationId = "correctPersonDetails",
            summary = "Correct a person's details",
            description = "Corrects the name, dates or NHS number, or records a death. Send the version you read: if"
                    + " someone changed the person since, the answer is 409 and nothing changes.")
    @APIResponse(
            responseCode = "200",
            description = "The person as now stored, with the new version.",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(
            responseCode = "409",
            description = "Changed since you read it, or the NHS number belongs to someone else.")
    @Requires(Capability.WRITE_FAMILY_RECORDS)
    public PersonView correct(@PathParam("personId") String personId, CorrectPerson request) {
        PersonId id = PersonId.parse(personId);
        CorrectPerson body = Fields.body(request);
        Fields fields = new Fields();
        PersonName name = fields.value("", () -> new PersonName(body.givenName(), body.familyName()));
        LifeDates dates = fields.value("", () -> new LifeDates(body.dateOfBirth(), body.dateOfDeath()));
        NhsNumber nhs = body.nhsNumber() == null || body.nhsNumber().isBlank()
                ? null
                : fields.value("", () -> new NhsNumber(body.nhsNumber()));
        Long version = fields.required("version", body.version());
        var command = fields.build(() -> new CorrectPersonDetails.Command(id, version, name, dates, nhs));
        return PersonView.of(correctPersonDetails.correct(actor.get(), command));
    }
}
