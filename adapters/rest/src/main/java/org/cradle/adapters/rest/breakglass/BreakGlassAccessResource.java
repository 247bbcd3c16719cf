package org.cradle.adapters.rest.breakglass;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.breakglass.BreakGlassMessages.BreakGlassAccessView;
import org.cradle.adapters.rest.breakglass.BreakGlassMessages.ReviewRequest;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.breakglass.GetBreakGlassAccess;
import org.cradle.application.breakglass.ListBreakGlassForReview;
import org.cradle.application.breakglass.ReviewBreakGlassAccess;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/break-glass-accesses")
@Tag(name = "Break-glass")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BreakGlassAccessResource {

    private final Provider<Actor> actor;
    private final ListBreakGlassForReview list;
    private final GetBreakGlassAccess get;
    private final ReviewBreakGlassAccess review;

    public BreakGlassAccessResource(
            Provider<Actor> actor,
            ListBreakGlassForReview list,
            GetBreakGlassAccess get,
            ReviewBreakGlassAccess review) {
        this.actor = actor;
        this.list = list;
        this.get = get;
        this.review = review;
    }

    @GET
    @Operation(
            operationId = "listBreakGlassAccesses",
            summary = "List break-glass accesses for review",
            description = "The review list of safeguarding leads and Caldicott guardians: the break-glass accesses"
                    + " your organisation's practitioners made, and those anyone made on a family your organisation"
                    + " holds, newest first, a page at a time; each with who, why, when, until when, how many audit"
                    + " events were made under it, and its review once recorded. Nothing of the families' content."
                    + " Each access listed is recorded in the audit trail as read by you (BREAK_GLASS_READ).")
    @APIResponse(responseCode = "200", description = "A page of break-glass accesses.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @Requires(Capability.REVIEW_BREAK_GLASS)
    public PageResponse<BreakGlassAccessView> list(
            @Parameter(
                            description = "true: only those reviewed; false: only those waiting for review; absent:"
                                    + " all.",
                            example = "false",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("reviewed")
                    String reviewed,
            @BeanParam PageParameters paging) {
        Fields fields = new Fields();
        Boolean onlyReviewed = fields.value("", () -> QueryParameters.bool("reviewed", reviewed));
        PageRequest page = paging.read(fields);
        fields.build(() -> page);
        return PageResponse.of(list.list(actor.get(), onlyReviewed, page), BreakGlassAccessView::of);
    }

    @GET
    @Path("/{breakGlassAccessId}")
    @Operation(
            operationId = "getBreakGlassAccess",
            summary = "Read a break-glass access",
            description = "One break-glass access, for a safeguarding lead or Caldicott guardian of the organisation"
                    + " the practitioner acted for or of the one holding the family. Audited (BREAK_GLASS_READ).")
    @APIResponse(
            responseCode = "200",
            description = "The access.",
            content = @Content(schema = @Schema(implementation = BreakGlassAccessView.class)))
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @APIResponse(responseCode = "404", description = "No such break-glass access.")
    @Requires(Capability.REVIEW_BREAK_GLASS)
    public BreakGlassAccessView get(@PathParam("breakGlassAccessId") String breakGlassAccessId) {
        return BreakGlassAccessView.of(get.get(actor.get(), BreakGlassAccessId.parse(breakGlassAccessId)));
    }

    @POST
    @Path("/{breakGlassAccessId}/review")
    @Operation(
            operationId = "reviewBreakGlassAccess",
            summary = "Review a break-glass access",
            description = "Records whether the access was appropriate, with a note. Once per access; by a"
                    + " safeguarding lead or Caldicott guardian of the organisation the practitioner acted for, never"
                    + " by the practitioner themselves. Audited (BREAK_GLASS_REVIEWED).")
    @APIResponse(
            responseCode = "200",
            description = "The access with its review.",
            content = @Content(schema = @Schema(implementation = BreakGlassAccessView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @APIResponse(responseCode = "404", description = "No such break-glass access.")
    @APIResponse(responseCode = "409", description = "It changed since you read it (stale-version).")
    @APIResponse(
            responseCode = "422",
            description = "Already reviewed (already-reviewed); your own (own-break-glass); or made by another"
                    + " organisation's practitioner, which that organisation reviews"
                    + " (another-organisations-break-glass).")
    @Requires(Capability.REVIEW_BREAK_GLASS)
    public BreakGlassAccessView review(
            @PathParam("breakGlassAccessId") String breakGlassAccessId, ReviewRequest request) {
        BreakGlassAccessId id = BreakGlassAccessId.parse(breakGlassAccessId);
        ReviewRequest body = Fields.body(request);
        Fields fields = new Fields();
        Long version = fields.required("version", body.version());
        fields.required("outcome", body.outcome());
        String note =
                fields.value("", () -> Text.requiredParagraphs("note", body.note(), BreakGlassAccess.MAX_TEXT_LENGTH));
        var command = fields.build(() -> new ReviewBreakGlassAccess.Command(id, version, body.outcome(), note));
        return BreakGlassAccessView.of(review.review(actor.get(), command));
    }
}
