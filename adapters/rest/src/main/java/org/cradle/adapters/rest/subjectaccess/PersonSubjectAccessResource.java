package org.cradle.adapters.rest.subjectaccess;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.ratelimit.CountedAs;
import org.cradle.adapters.rest.subjectaccess.SubjectAccessMessages.ExportView;
import org.cradle.adapters.rest.subjectaccess.SubjectAccessMessages.PrepareRequest;
import org.cradle.application.subjectaccess.ExportDetails;
import org.cradle.application.subjectaccess.PrepareSubjectAccessExport;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.ratelimit.OperationClass;
import org.cradle.domain.subjectaccess.SubjectAccessRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Answering a person's subject-access request: preparing the export. */
@Path("/people/{personId}/subject-access-exports")
@Tag(name = "Subject access")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonSubjectAccessResource {

    private final Provider<Actor> actor;
    private final PrepareSubjectAccessExport prepareExport;

    public PersonSubjectAccessResource(Provider<Actor> actor, PrepareSubjectAccessExport prepareExport) {
        this.actor = actor;
        this.prepareExport = prepareExport;
    }

    @POST
    @Operation(
            operationId = "prepareSubjectAccessExport",
            summary = "Prepare a subject-access export",
            description = "Gathers everything your organisation holds about the person, as the access policy lets"
                    + " you see it — details, family memberships, episodes, case notes (every version), consents"
                    + " (every version), confidentiality notices, the disclosure log and who saw their record — and"
                    + " keeps it as it reads now. Items about or naming anyone other than the person and the one"
                    + " asking (THIRD_PARTY), or about someone whose consent excludes the one asking"
                    + " (EXCLUDED_BY_CONSENT), are marked for redaction: a records officer reviews each before the"
                    + " export is released. For the lead practitioner, the team around the family or a safeguarding"
                    + " lead of an organisation working with the person (they see all it holds about them), in"
                    + " every family it works with them in. Answers with the export's state and its redactions,"
                    + " never the content. Audited, for the person and for each third party named.")
    @APIResponse(
            responseCode = "201",
            description = "Prepared; Location names the export.",
            content = @Content(schema = @Schema(implementation = ExportView.class)))
    @APIResponse(
            responseCode = "400",
            description = "receivedOn is missing, malformed or in the future (not-in-future), or requestedBy is"
                    + " not a UUID.")
    @APIResponse(
            responseCode = "403",
            description = "Your roles do not allow this, or you are not the lead practitioner, on the team around"
                    + " the family or a safeguarding lead in every family your organisation works with the person in.")
    @APIResponse(responseCode = "404", description = "No such person, or not one you may see.")
    @APIResponse(
            responseCode = "422",
            description = "requestedBy holds no parental responsibility for the person as a child of a family"
                    + " (requester-without-parental-responsibility).")
    @Requires(Capability.PREPARE_SUBJECT_ACCESS)
    @CountedAs(OperationClass.EXPORT)
    public Response prepare(@PathParam("personId") String personId, PrepareRequest request, UriInfo uri) {
        PersonId person = PersonId.parse(personId);
        PrepareRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("receivedOn", body.receivedOn());
        var command = fields.build(() -> new PrepareSubjectAccessExport.Command(new SubjectAccessRequest(
                person, body.requestedBy() == null ? null : new PersonId(body.requestedBy()), body.receivedOn())));
        ExportDetails prepared = prepareExport.prepare(actor.get(), command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("subject-access-exports")
                        .path(prepared.export().id().toString())
                        .build())
                .entity(ExportView.of(prepared))
                .build();
    }
}
