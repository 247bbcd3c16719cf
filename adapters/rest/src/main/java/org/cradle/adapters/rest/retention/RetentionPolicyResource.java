package org.cradle.adapters.rest.retention;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.retention.GetRetentionPolicy;
import org.cradle.application.retention.SetRetentionPolicy;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the organisation requires a second records officer to approve each destruction. */
@Path("/retention/policy")
@Tag(name = "Retention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionPolicyResource {

    @Schema(name = "RetentionPolicy", description = "Your organisation's retention policy.")
    public record PolicyView(
            @Schema(description = "A second records officer approves each destruction.", example = "true")
                    boolean secondApproval) {}

    @Schema(name = "SetRetentionPolicyRequest", description = "Your organisation's retention policy, with why.")
    public record PolicyRequest(
            @Schema(required = true, example = "true") Boolean secondApproval,
            @Schema(
                            required = true,
                            maxLength = SetRetentionPolicy.MAX_REASON_LENGTH,
                            example = "Our information governance board requires it.")
                    String reason) {}

    private final Provider<Actor> actor;
    private final GetRetentionPolicy get;
    private final SetRetentionPolicy set;

    public RetentionPolicyResource(Provider<Actor> actor, GetRetentionPolicy get, SetRetentionPolicy set) {
        this.actor = actor;
        this.get = get;
        this.set = set;
    }

    @GET
    @Operation(
            operationId = "getRetentionPolicy",
            summary = "Read your organisation's retention policy",
            description = "Records officers.")
    @APIResponse(
            responseCode = "200",
            description = "The policy.",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "403", description = "Only records officers see it.")
    @Requires(Capability.MANAGE_RETENTION)
    public PolicyView get() {
        return new PolicyView(get.secondApproval(actor.get()));
    }

    @PUT
    @Operation(
            operationId = "setRetentionPolicy",
            summary = "Require a second approval of destructions, or not",
            description = "Records officers. With secondApproval, each destruction decided from now on waits for a"
                    + " second records officer's approval before the sweeper may carry it out.")
    @APIResponse(
            responseCode = "200",
            description = "The policy.",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Only records officers set it.")
    @Requires(Capability.MANAGE_RETENTION)
    public PolicyView set(PolicyRequest request) {
        PolicyRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("secondApproval", body.secondApproval());
        fields.required("reason", body.reason());
        fields.build(() -> body);
        return new PolicyView(set.set(actor.get(), body.secondApproval(), body.reason()));
    }
}
