package org.cradle.adapters.rest.breakglass;

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
import org.cradle.adapters.rest.breakglass.BreakGlassMessages.BreakGlassAccessView;
import org.cradle.adapters.rest.breakglass.BreakGlassMessages.BreakGlassRequest;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.breakglass.BreakGlass;
import org.cradle.application.breakglass.BreakGlassUse;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.family.FamilyId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/families/{familyId}/break-glass")
@Tag(name = "Break-glass")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FamilyBreakGlassResource {

    private final Provider<Actor> actor;
    private final BreakGlass breakGlass;

    public FamilyBreakGlassResource(Provider<Actor> actor, BreakGlass breakGlass) {
        this.actor = actor;
        this.breakGlass = breakGlass;
    }

    @POST
    @Operation(
            operationId = "breakGlassOnFamily",
            summary = "Break the glass on a family",
            description = "For a practitioner who must see a family urgently outside their scope: states why, and"
                    + " gets read-only access to the family (its members, episodes, consents, notes) until expiresAt"
                    + " (a day after, unless the organisation set cradle.access.break-glass-duration otherwise)."
                    + " Every read under it is flagged BREAK_GLASS in the audit trail; nothing can be changed under it."
                    + " The access goes to the review list of your organisation's safeguarding leads and Caldicott"
                    + " guardians, and of the organisation holding the family. Only for practitioner, team-manager and"
                    + " safeguarding-lead roles. Audited (BREAK_GLASS_GRANTED).")
    @APIResponse(
            responseCode = "201",
            description = "Granted; Location names the access (which your reviewers read).",
            content = @Content(schema = @Schema(implementation = BreakGlassAccessView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing, too long or not printable.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @APIResponse(responseCode = "404", description = "No such family.")
    @APIResponse(
            responseCode = "409",
            description = "You already hold an open break-glass access to this family (break-glass-open).")
    @Requires(Capability.BREAK_GLASS)
    public Response breakGlass(@PathParam("familyId") String familyId, BreakGlassRequest request, UriInfo uri) {
        FamilyId family = FamilyId.parse(familyId);
        BreakGlassRequest body = Fields.body(request);
        Fields fields = new Fields();
        String reason = fields.value(
                "", () -> Text.requiredParagraphs("reason", body.reason(), BreakGlassAccess.MAX_TEXT_LENGTH));
        var command = fields.build(() -> new BreakGlass.Command(family, reason));
        BreakGlassAccess granted = breakGlass.breakGlass(actor.get(), command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("break-glass-accesses")
                        .path(granted.id().toString())
                        .build())
                .entity(BreakGlassAccessView.of(new BreakGlassUse(granted, 0)))
                .build();
    }
}
