package org.cradle.adapters.rest.family;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.rest.PageCursor;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.family.FamilyRequests.AddMemberRequest;
import org.cradle.adapters.rest.family.FamilyRequests.ChangeMembershipRequest;
import org.cradle.adapters.rest.family.FamilyRequests.CreateFamilyRequest;
import org.cradle.adapters.rest.family.FamilyRequests.NewPersonRequest;
import org.cradle.adapters.rest.family.FamilyRequests.ReviseFamilyRequest;
import org.cradle.adapters.rest.family.FamilyResponses.FamilySummary;
import org.cradle.adapters.rest.family.FamilyResponses.FamilyView;
import org.cradle.adapters.rest.family.FamilyResponses.MembershipView;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.family.AddFamilyMember;
import org.cradle.application.family.ChangeMembership;
import org.cradle.application.family.CreateFamily;
import org.cradle.application.family.FamilySearch;
import org.cradle.application.family.FindFamilies;
import org.cradle.application.family.GetFamily;
import org.cradle.application.family.ReviseFamilyDetails;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/families")
@Tag(name = "Families")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FamilyResource {

    private final Provider<Actor> actor;
    private final CreateFamily createFamily;
    private final GetFamily getFamily;
    private final FindFamilies findFamilies;
    private final ReviseFamilyDetails reviseFamilyDetails;
    private final AddFamilyMember addFamilyMember;
    private final ChangeMembership changeMembership;

    public FamilyResource(
            Provider<Actor> actor,
            CreateFamily createFamily,
            GetFamily getFamily,
            FindFamilies findFamilies,
            ReviseFamilyDetails reviseFamilyDetails,
            AddFamilyMember addFamilyMember,
            ChangeMembership changeMembership) {
        this.actor = actor;
        this.createFamily = createFamily;
        this.getFamily = getFamily;
        this.findFamilies = findFamilies;
        this.reviseFamilyDetails = reviseFamilyDetails;
        this.addFamilyMember = addFamilyMember;
        this.changeMembership = changeMembership;
    }

    @POST
    @Operation(
            operationId = "createFamily",
            summary = "Create a family",
            description = "Starts a family's record with its record-keeping mode. Needs a practitioner, team-manager,"
                    + " safeguarding-lead or integrator role.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new family.",
            content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @Requires(Capability.WRITE_FAMILY_RECORDS)
    public Response create(CreateFamilyRequest request, UriInfo uri) {
        Fields fields = new Fields();
        CreateFamilyRequest body = Fields.body(request);
        FamilyName name = fields.value("", () -> new FamilyName(body.name()));
        var command = fields.build(() -> new CreateFamily.Command(name, body.recordKeepingMode()));
        Family family = createFamily.create(actor.get(), command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(family.id().toString())
                        .build())
                .entity(FamilyView.of(family, java.util.List.of()))
                .build();
    }

    @GET
    @Operation(
            operationId = "listFamilies",
            summary = "List and search families",
            description = "Pages through the families you work with (and any opened to you by break-glass),"
                    + " ordered by name, then id (a stable order). Criteria combine with AND. Page by number"
                    + " (`page`), or follow `next` with `after`, which costs the same at any depth. Each family"
                    + " returned is recorded in the audit trail as seen by you.")
    @APIResponse(responseCode = "200", description = "A page of families.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.READ_FAMILY_RECORDS)
    public PageResponse<FamilySummary> find(
            @Parameter(
                            description = "Part of the family's name, any case.",
                            example = "okafor",
                            schema = @Schema(maxLength = FamilyName.MAX_LENGTH))
                    @QueryParam("name")
                    String name,
            @Parameter(
                            description = "Part of a member's given or family name, any case.",
                            example = "amara",
                            schema = @Schema(maxLength = PersonName.MAX_LENGTH))
                    @QueryParam("person")
                    String person,
            @Parameter(
                            description = "A member's NHS number.",
                            example = "9434765919",
                            schema = @Schema(maxLength = NhsNumber.MAX_WRITTEN_LENGTH, pattern = NhsNumber.WRITTEN))
                    @QueryParam("nhsNumber")
                    String nhsNumber,
            @Parameter(description = "A member's person id.", schema = @Schema(implementation = UUID.class))
                    @QueryParam("personId")
                    String personId,
            @Parameter(
                            description = "The `next` value of the previous page: resumes after it, at the same cost"
                                    + " at any depth. Instead of `page`; keep the other parameters the same.",
                            example = "AQAAAAEJ2e6SIcdEaapNfq3FCQ8l",
                            schema = @Schema(maxLength = PageCursor.MAX_LENGTH))
                    @QueryParam("after")
                    String after,
            @BeanParam PageParameters paging) {
        Fields fields = new Fields();
        NhsNumber nhs =
                nhsNumber == null || nhsNumber.isBlank() ? null : fields.value("", () -> new NhsNumber(nhsNumber));
        PersonId member = fields.value("", () -> Optional.ofNullable(QueryParameters.uuid("personId", personId))
                .map(PersonId::new)
                .orElse(null));
        PageRequest page = paging.read(fields, after);
        FamilySearch search = fields.build(() -> new FamilySearch(name, person, nhs, member));
        return PageResponse.of(findFamilies.find(actor.get(), search, page), FamilySummary::of);
    }

    @GET
    @Path("/{familyId}")
    @Operation(
            operationId = "getFamily",
            summary = "Read a family",
            description = "The family and its members, in the order they joined, with their details. The family"
                    + " and every member shown are recorded in the audit trail as read by you.")
    @APIResponse(
            responseCode = "200",
            description = "The family.",
            content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "404", description = "No such family.")
    @Requires(Capability.READ_FAMILY_RECORDS)
    public FamilyView get(@PathParam("familyId") String familyId) {
        return FamilyView.of(getFamily.get(actor.get(), FamilyId.parse(familyId)));
    }

    @PUT
    @Path("/{familyId}")
    @Operation(
            operationId = "reviseFamily",
            summary = "Revise a family's details",
            description = "Renames the family or changes its record-keeping mode. Send the version you read: if"
                    + " someone changed the family since, the answer is 409 and nothing changes.")
    @APIResponse(
            responseCode = "200",
            description = "The family as now stored, with its new version.",
            content = @Content(schema = @Schema(implementation = FamilySummary.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "404", description = "No such family.")
    @APIResponse(responseCode = "409", description = "The family changed since you read it.")
    @Requires(Capability.WRITE_FAMILY_RECORDS)
    public FamilySummary revise(@PathParam("familyId") String familyId, ReviseFamilyRequest request) {
        FamilyId id = FamilyId.parse(familyId);
        ReviseFamilyRequest body = Fields.body(request);
        Fields fields = new Fields();
        FamilyName name = fields.value("", () -> new FamilyName(body.name()));
        Long version = fields.required("version", body.version());
        var command = fields.build(() -> new ReviseFamilyDetails.Command(id, version, name, body.recordKeepingMode()));
        return FamilySummary.of(reviseFamilyDetails.revise(actor.get(), command));
    }

    @POST
    @Path("/{familyId}/members")
    @Operation(
            operationId = "addFamilyMember",
            summary = "Add a member",
            description = "Adds an existing person (by personId) or a new person to the family. A person already in"
                    + " the family gets 409; a new person whose NHS number Cradle already holds gets 409 naming the"
                    + " person to add by personId instead.")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the person.",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "404", description = "No such family, or no such person.")
    @APIResponse(responseCode = "409", description = "Already a member, or the NHS number is already held.")
    @Requires(Capability.WRITE_FAMILY_RECORDS)
    public Response addMember(@PathParam("familyId") String familyId, AddMemberRequest request, UriInfo uri) {
        FamilyId id = FamilyId.parse(familyId);
        AddMemberRequest body = Fields.body(request);
        Fields fields = new Fields();
        AddFamilyMember.Joiner joiner = joiner(body, fields);
        fields.required("role", body.role());
        Boolean livesWithChild = fields.required("livesWithChild", body.livesWithChild());
        Boolean parentalResponsibility = fields.required("parentalResponsibility", body.parentalResponsibility());
        var command = fields.build(
                () -> new AddFamilyMember.Command(id, joiner, body.role(), livesWithChild, parentalResponsibility));
        AddFamilyMember.AddedMember added = addFamilyMember.add(actor.get(), command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("people")
                        .path(added.person().id().toString())
                        .build())
                .entity(MembershipView.of(added.membership(), added.family()))
                .build();
    }

    @PUT
    @Path("/{familyId}/members/{personId}")
    @Operation(
            operationId = "changeMembership",
            summary = "Change a membership",
            description = "Records a change in a member's role, whether they live with the child, or whether they hold"
                    + " parental responsibility. Send the family's version you read.")
    @APIResponse(
            responseCode = "200",
            description = "The membership as now stored.",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "404", description = "No such family, or the person is not a member.")
    @APIResponse(responseCode = "409", description = "The family changed since you read it.")
    @Requires(Capability.WRITE_FAMILY_RECORDS)
    public MembershipView changeMembership(
            @PathParam("familyId") String familyId,
            @PathParam("personId") String personId,
            ChangeMembershipRequest request) {
        FamilyId id = FamilyId.parse(familyId);
        PersonId person = PersonId.parse(personId);
        ChangeMembershipRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("role", body.role());
        Boolean livesWithChild = fields.required("livesWithChild", body.livesWithChild());
        Boolean parentalResponsibility = fields.required("parentalResponsibility", body.parentalResponsibility());
        Long version = fields.required("version", body.version());
        var command = fields.build(() ->
                new ChangeMembership.Command(id, person, version, body.role(), livesWithChild, parentalResponsibility));
        Family family = changeMembership.change(actor.get(), command);
        return MembershipView.of(family.membershipOf(person).orElseThrow(), family);
    }

    private static AddFamilyMember.Joiner joiner(AddMemberRequest body, Fields fields) {
        if ((body.personId() == null) == (body.person() == null)) {
            fields.reject("personId", "one-of-personId-or-person", "Give exactly one of personId or person.");
            return null;
        }
        if (body.personId() != null) {
            return new AddFamilyMember.ExistingPerson(new PersonId(body.personId()));
        }
        NewPersonRequest p = body.person();
        PersonName name = fields.value("person.", () -> new PersonName(p.givenName(), p.familyName()));
        LifeDates dates = fields.value("person.", () -> new LifeDates(p.dateOfBirth(), p.dateOfDeath()));
        NhsNumber nhs = p.nhsNumber() == null || p.nhsNumber().isBlank()
                ? null
                : fields.value("person.", () -> new NhsNumber(p.nhsNumber()));
        return fields.hasErrors() ? null : new AddFamilyMember.NewPerson(name, dates, nhs);
    }
}
