package org.cradle.adapters.rest.organisation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.organisation.ListOrganisations;
import org.cradle.application.organisation.RegisterOrganisation;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.organisation.Organisation;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/organisations")
@Tag(name = "Organisations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Schema(name = "Organisation", description = "An organisation in Cradle's directory.")
    public record OrganisationView(
            @Schema(
                            description = "Its code: an ODS code or a local-authority code.",
                            example = "RX1",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String code,
            @Schema(example = "North Community Health NHS Trust", maxLength = Organisation.MAX_NAME_LENGTH) String name,
            @Schema(
                            nullable = true,
                            description = "Shown as the controller's contact on consent receipts.",
                            example = "information.governance@north-health.example",
                            maxLength = Organisation.MAX_EMAIL_LENGTH)
                    String contactEmail,
            @Schema(
                            nullable = true,
                            description = "Which retention schedule its records fall under: HEALTH (the NHS code),"
                                    + " LOCAL_AUTHORITY or VOLUNTARY (NSPCC guidance). Until it is recorded, its"
                                    + " records have no review date.",
                            example = "HEALTH")
                    Sector sector) {

        static OrganisationView of(Organisation organisation) {
            return new OrganisationView(
                    organisation.id().value(), organisation.name(), organisation.contactEmail(), organisation.sector());
        }
    }

    @Schema(name = "RegisterOrganisationRequest", description = "The organisation's name and contact address.")
    public record RegisterOrganisationRequest(
            @Schema(
                            required = true,
                            maxLength = Organisation.MAX_NAME_LENGTH,
                            example = "North Community Health NHS Trust")
                    String name,
            @Schema(
                            nullable = true,
                            maxLength = Organisation.MAX_EMAIL_LENGTH,
                            example = "information.governance@north-health.example")
                    String contactEmail,
            @Schema(
                            nullable = true,
                            description = "HEALTH, LOCAL_AUTHORITY or VOLUNTARY: decides which retention rules its"
                                    + " records carry.",
                            example = "HEALTH")
                    Sector sector) {}

    private final Provider<Actor> actor;
    private final RegisterOrganisation registerOrganisation;
    private final ListOrganisations listOrganisations;

    public OrganisationResource(
            Provider<Actor> actor, RegisterOrganisation registerOrganisation, ListOrganisations listOrganisations) {
        this.actor = actor;
        this.registerOrganisation = registerOrganisation;
        this.listOrganisations = listOrganisations;
    }

    @GET
    @Operation(
            operationId = "listOrganisations",
            summary = "List the organisations Cradle knows",
            description = "The directory, by code: the organisations consents may name as recipients and that"
                    + " consent receipts name as controllers. Open to anyone signed in: it holds no personal data.")
    @APIResponse(responseCode = "200", description = "A page of organisations.")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid.")
    @Requires(none = true)
    public PageResponse<OrganisationView> list(@BeanParam PageParameters paging) {
        PageRequest page = paging.read();
        return PageResponse.of(listOrganisations.list(actor.get(), page), OrganisationView::of);
    }

    @PUT
    @Path("/{code}")
    @Operation(
            operationId = "registerOrganisation",
            summary = "Add or correct an organisation",
            description = "Adds the organisation under its code, or replaces its name, contact address and"
                    + " sector. Administrators only.")
    @APIResponse(
            responseCode = "201",
            description = "Added.",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Corrected.",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "The code, name or contact address is invalid.")
    @Requires(Capability.MANAGE_ORGANISATIONS)
    public Response register(
            @Parameter(
                            description = "The organisation's code.",
                            example = "RX1",
                            schema = @Schema(maxLength = OrganisationId.MAX_LENGTH, pattern = OrganisationId.FORM))
                    @PathParam("code")
                    String code,
            RegisterOrganisationRequest request) {
        RegisterOrganisationRequest body = Fields.body(request);
        Fields fields = new Fields();
        OrganisationId id = fields.value("", () -> new OrganisationId(code));
        Organisation organisation =
                fields.build(() -> new Organisation(id, body.name(), body.contactEmail(), body.sector()));
        boolean added = registerOrganisation.register(actor.get(), organisation);
        return Response.status(added ? 201 : 200)
                .entity(OrganisationView.of(organisation))
                .build();
    }
}
